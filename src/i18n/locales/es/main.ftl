### Tell Once: textos de la interfaz en español.

app-name = Tell Once
# El título del documento de una página: el nombre de la página y, después, el nombre del producto.
page-title = { $page } – { $app }

## Estructura general

skip-to-main = Saltar al contenido principal
nav-label = Principal
nav-home = Inicio
nav-safety = Seguridad y privacidad
nav-practice = Práctica
quick-exit = Salida rápida
quick-exit-hint = o presione Mayús (Shift) 3 veces
footer-device = Todo lo que usted registra se queda en este navegador. No se envía nada a ningún servidor.

## Página de inicio

home-lead = Tell Once planifica entrevistas con sobrevivientes de trata de personas para que cuenten cada parte de su historia el menor número de veces posible, con su consentimiento registrado y respetado en cada paso.
home-what-heading = Qué hace
home-tell-once-heading = Un solo relato, pedido una sola vez
home-tell-once = Lleva un registro de lo que la persona sobreviviente ya ha contado, a quién y de qué forma. Reúne las preguntas de todos los organismos en un único plan, que formula una sola persona entrevistadora principal, y señala lo que ya responde algún documento que el equipo puede obtener.
home-consent-heading = Consentimiento, finalidad por finalidad
home-consent = Registra el consentimiento informado para cada finalidad: quién lo registró, cuándo, cómo y en qué idioma. El consentimiento puede retirarse en cualquier momento, y cada parte del plan que depende de él se señala de inmediato.
home-referrals-heading = Un apoyo que acompaña a la persona
home-referrals = Añade derivaciones a servicios de apoyo a partir de un directorio local y prepara una hoja informativa para la persona sobreviviente en su propio idioma.
home-device-heading = Nada sale de este dispositivo
home-device = Tell Once funciona por completo en este navegador. No tiene servidor ni cuentas de usuario, y no envía nada por la red. Lo que usted registra se guarda en este navegador y solo sale de él en un archivo de exportación que usted decida crear.
home-who-heading = Para quién es
home-who = Investigadores y fiscales que planifican una sesión, especialistas en atención a víctimas que registran el consentimiento y las derivaciones, y formadores que muestran buenas prácticas con casos ficticios.

## Página de seguridad y privacidad

safety-heading = Seguridad y privacidad
safety-exit-heading = Salir rápidamente
safety-exit = Presione el botón Salida rápida, en la parte superior de cada página, o presione la tecla Mayús (Shift) 3 veces seguidas. La página desaparece de inmediato, todo lo que se mostraba se borra de la memoria y en su lugar se abre un sitio web neutro.
safety-exit-history = La salida rápida sustituye esta página en el historial del navegador, de modo que el botón Atrás no la vuelve a mostrar.
safety-storage-heading = Qué se guarda y dónde
safety-storage = Tell Once guarda lo que usted registra solo en este navegador, en este dispositivo. No tiene servidor ni cuentas de usuario, y nadie más puede ver su trabajo a menos que usted lo exporte a un archivo y comparta ese archivo.
safety-network = La aplicación no se comunica con ningún otro sitio web. Su política de seguridad lo prohíbe, y sus pruebas lo comprueban con cada cambio.
safety-origin = Tell Once debe publicarse en una dirección propia (su propio nombre de host, como tellonce.example.org), nunca junto a otras páginas web en el mismo host. El navegador permite que todas las páginas de un mismo host lean el mismo almacenamiento: otra página allí podría leer o cambiar lo que guarda Tell Once, y el borrado, que solo elimina lo que escribió Tell Once, no puede distinguir por el nombre los datos de esa página de los suyos.
safety-shared-heading = En un dispositivo compartido o prestado
safety-shared = Siempre que pueda, use un dispositivo de confianza. Cuando termine, salga con el botón Salida rápida o cierre la ventana del navegador.

## Página no encontrada

not-found-heading = Página no encontrada
not-found = No hay ninguna página en esta dirección.
not-found-home = Ir a la página de inicio

## Navegación añadida con la bóveda

nav-cases = Casos
nav-vault = Bóveda y copias de seguridad
nav-exchange = Intercambio
save = Guardar
cancel = Cancelar

## Bóveda: primer uso, desbloqueo, bloqueo

vault-opening = Abriendo la bóveda…
vault-unavailable-heading = Este navegador no puede guardar una bóveda
vault-unavailable = El navegador denegó el acceso a su almacenamiento, algo que ocurre en algunas ventanas privadas. Abra Tell Once en una ventana normal de un navegador de confianza.
create-heading = Cree su bóveda
create-intro = Sus casos se guardan cifrados en este navegador, en una bóveda que solo se abre con su frase de contraseña.
create-warning = Nadie puede recuperar una frase de contraseña olvidada, ni siquiera quienes crearon Tell Once. Guárdela en un lugar seguro y exporte copias de seguridad.
passphrase = Frase de contraseña
passphrase-confirm = Escriba de nuevo la frase de contraseña
passphrase-rules = Al menos 12 caracteres, y difícil de adivinar: se rechazan las contraseñas comunes, los nombres, las fechas, las filas del teclado y las secuencias. Cuatro o más palabras sin relación entre sí forman una frase de contraseña segura y fácil de recordar.
passphrase-not-saved = Se pide al navegador que no guarde ni rellene esta frase de contraseña: en un dispositivo compartido o incautado, una frase guardada abriría todos los casos.
strength = Nivel de seguridad: { $rating }
strength-weak = débil, fácil de adivinar
strength-fair = aceptable, pero aún demasiado fácil de adivinar para esta bóveda
strength-strong = fuerte
strength-very-strong = muy fuerte
create-progress = Creando la bóveda. Esto tarda unos segundos…
create-submit = Crear bóveda
unlock-heading = Desbloquee su bóveda
unlock-intro = Escriba su frase de contraseña para abrir sus casos. La bóveda se vuelve a bloquear tras unos minutos sin actividad.
unlock-progress = Desbloqueando. Esto tarda unos segundos…
unlock-submit = Desbloquear
locked-inactivity = La bóveda se bloqueó automáticamente tras un periodo sin actividad.
vault-lock = Bloquear
locked-unsaved-kept = La bóveda se bloqueó antes de que se guardaran estos casos: { $cases }. Sus últimos cambios están sellados, cifrados, en el diario de este navegador y vuelven cuando desbloquee.
locked-unsaved-lost = No se pudieron conservar los últimos cambios de estos casos, porque el almacenamiento del navegador está lleno o no está disponible: { $cases }. La bóveda se bloqueó igualmente para protegerlos. Después de desbloquear, revise estos casos y vuelva a hacer los cambios; antes, libere espacio de almacenamiento.
lock-waiting = Bloqueando: se espera hasta las { $time } a que se guarden sus cambios…
lock-waiting-failed = La bóveda se está bloqueando. Espera hasta las { $time } a que se guarde; después se bloquea igualmente y conserva sus cambios no guardados, cifrados, en el diario de este navegador hasta que vuelva a desbloquear.
journal-conflict-heading = Dos versiones del caso { $case }
journal-conflict-text = El diario de este navegador conservó cambios del caso { $case } que no se guardaron, pero la bóveda contiene ahora una versión del caso guardada después de que empezaran esos cambios. Elija cuál conservar; la otra se descarta.
journal-conflict-keep-journal = Conservar los cambios del diario en { $case }
journal-conflict-keep-vault = Conservar la versión de la bóveda de { $case }
journal-unreadable-heading = Cambios no guardados que no se pueden leer
journal-unreadable-text = { $count ->
    [one] Una entrada del diario de cambios no guardados de este navegador no se puede leer con esta bóveda: está dañada o la escribió una bóveda que se borró. Se conserva aparte en este navegador, sin borrarla; borrar la bóveda la elimina.
   *[other] { $count } entradas del diario de cambios no guardados de este navegador no se pueden leer con esta bóveda: están dañadas o las escribió una bóveda que se borró. Se conservan aparte en este navegador, sin borrarlas; borrar la bóveda las elimina.
}
journal-unreadable-dismiss = Entendido

## Estado del guardado

save-saved = Todos los cambios están guardados
save-saved-at = Guardado a las { $time }
save-saving = Guardando…
save-failed = No guardado
save-failed-heading = Sus cambios no están guardados
save-failed-text = { $reason } Sus cambios se conservan en esta ventana y se volverá a intentar guardarlos a las { $time }. No cierre esta pestaña: exporte una copia ahora.
save-retry-now = Intentar guardar de nuevo ahora
save-failed-lock = Bloquear la bóveda de todos modos
export-now-heading = Exportar ahora

## Dos pestañas

tabs-follower-heading = Abierta en otra pestaña
tabs-follower = Esta bóveda se está editando en otra pestaña, por lo que esta pestaña es de solo lectura. Muestra los cambios que se hacen allí.
tabs-take-over = Editar en esta pestaña
tabs-taking-over = Tomando el control…

## Lista de casos

cases-heading = Casos
case-new-heading = Nuevo caso
case-code = Código del caso
case-code-hint = Un código seudónimo, como TO-2026-014. Nunca el nombre de la persona sobreviviente.
case-create = Crear caso
case-new-fictional = Caso ficticio (para formación)
case-new-fictional-hint = Solo para personas inventadas. Un caso ficticio se puede guardar como archivo de práctica sin cifrar; un caso real nunca, y un caso no se puede marcar como ficticio más tarde.
case-fictional-confirm-title = ¿Crear un caso ficticio?
case-fictional-confirm-message = Un caso ficticio sirve solo para formación: todo lo que contiene debe ser inventado, nunca sobre una persona real. Se puede guardar como archivo de práctica, que no está cifrado y que puede leer cualquiera que lo tenga. La marca no se puede añadir más tarde a un caso real.
case-fictional-confirm = Crear caso ficticio
case-list-heading = Sus casos
case-search = Buscar casos por código
case-list-empty = Todavía no hay casos.
case-search-none = Ningún código de caso coincide con esta búsqueda.
case-fictional-tag = Ficticio
case-rename = Cambiar código
case-rename-named = Cambiar código: { $code }
case-rename-label = Nuevo código para { $code }
case-duplicate = Duplicar
case-duplicate-named = Duplicar { $code }
case-copy-word = copia
case-delete = Eliminar
case-delete-named = Eliminar { $code }
case-delete-title = ¿Eliminar { $code }?
case-delete-message = El caso y todo su contenido se eliminan de este navegador. Esta acción no se puede deshacer; si puede necesitarlo, exporte antes una copia de seguridad.
case-delete-confirm = Eliminar caso
integrity-heading = Modificado fuera de Tell Once
integrity-intro = Alguien o algo modificó el almacenamiento de esta bóveda sin Tell Once: se repuso una copia anterior, se eliminó o añadió un registro, o se editaron los datos de la bóveda. No se eliminó nada y todo lo demás se abre con normalidad. Si no fue usted, trate este dispositivo como comprometido: compare estos casos con su última exportación e informe a su supervisor.
integrity-rolled-back = El caso { $case } se modificó fuera de Tell Once: una copia anterior (versión { $found }) sustituyó a la versión { $expected }. Se abre como esa copia anterior.
integrity-missing = El caso { $case } se modificó fuera de Tell Once: se eliminó su registro. Restáurelo desde una exportación.
integrity-altered = El caso { $case } se modificó fuera de Tell Once: su registro no es el que guardó esta bóveda.
integrity-unlisted = El caso { $case } se añadió a esta bóveda fuera de Tell Once.
integrity-metadata = Los datos sin cifrar de la bóveda (como su formato o la fecha de la última exportación) se modificaron fuera de Tell Once.
integrity-directory = El directorio de servicios se modificó fuera de Tell Once.
integrity-settings = La configuración de la bóveda se modificó fuera de Tell Once.
integrity-exchange-keys = Las claves para compartir y los contactos de la bóveda se modificaron fuera de Tell Once.
integrity-contributions = Las contribuciones de la bóveda a solicitudes de preguntas de otros organismos se modificaron fuera de Tell Once.
integrity-manifest = La lista que la bóveda lleva de sus propios registros se eliminó o modificó fuera de Tell Once, así que esta vez no se pudo comprobar ningún caso. El próximo guardado la vuelve a escribir.
unreadable-heading = Registros que no se pueden leer
unreadable-intro = Estos registros están dañados o se modificaron fuera de Tell Once. Se han apartado, no eliminado; todos los demás casos se abren con normalidad.
unreadable-item = Registro { $id }: { $reason }

## Un caso

case-heading = Caso { $code }
case-missing-heading = Caso no encontrado
case-missing = En la bóveda no hay ningún caso con esta dirección. Es posible que se haya eliminado.
planner-checking = Revisando el plan de este caso. Un caso grande tarda un momento; la salida rápida funciona mientras tanto.
planner-restarted = Las comprobaciones del plan se detuvieron y se reiniciaron. No se perdió nada: los hallazgos de abajo son del caso tal como está ahora.

## Partes de la aplicación que se descargan la primera vez que se usan
part-loading = Abriendo esta página…
part-failed-heading = No se pudo abrir esta página
part-failed = No se pudo descargar esta parte de Tell Once. Compruebe la conexión y vuelva a intentarlo.
part-retry = Volver a intentar
case-back-to-list = Volver a la lista de casos
profile-heading = Perfil de la persona sobreviviente
profile-intro = Lo que el equipo necesita para planificar con cuidado. No hace falta ningún nombre en ninguna parte.
profile-language = Idioma preferido
profile-language-hint = Escriba el nombre del idioma, en español o en el propio idioma, y elíjalo de la lista.
profile-interpreter = Se necesita intérprete
profile-age-group = Grupo de edad
age-group-adult = Persona adulta
age-group-minor = Menor de edad (su tutor o tutora decide junto con el niño o la niña)
profile-support-person = Persona de apoyo
profile-support-person-hint = Una función, no un nombre: por ejemplo, trabajador social de una ONG.
profile-accommodations = Adaptaciones
profile-accommodations-hint = Una por línea, por ejemplo: entrevistadora mujer, sesiones cortas.
case-fictional = Este es un caso ficticio para formación

## Página de la bóveda y copias de seguridad

vault-heading = Bóveda y copias de seguridad
backup-heading = Copias de seguridad
backup-intro = Una exportación es un archivo cifrado con una frase de contraseña que usted elige. Guárdelo en un dispositivo de confianza; la herramienta estándar age también puede abrirlo (age -d).
backup-last = Última exportación: { $when }.
backup-never = Todavía no se ha hecho ninguna exportación.
backup-stale = Su última exportación tiene más de 7 días. Algunos navegadores eliminan los datos de un sitio tras 7 días sin uso: exporte ahora.
storage-persisted = Este navegador aceptó conservar la bóveda aunque quede poco espacio de almacenamiento.
storage-not-persisted = Este navegador puede eliminar la bóveda cuando quede poco espacio de almacenamiento. Exporte copias de seguridad con regularidad.
export-intro = Exporta todos los casos, incluidos los cambios que aún no se han guardado.
export-passphrase = Frase de contraseña del archivo de exportación
export-passphrase-confirm = Escriba de nuevo la frase de contraseña de la exportación
export-progress = Cifrando la exportación…
export-submit = Exportar todos los casos
export-submit-one = Exportar { $code }
export-scope = Casos que se exportan
export-scope-all = Todos los casos
export-done = { $count ->
    [one] Se exportó 1 caso. Revise sus descargas.
   *[other] Se exportaron { $count } casos. Revise sus descargas.
}

## Página de la bóveda: importación

import-heading = Importar casos
import-intro = Recupere casos desde un archivo de exportación creado con Tell Once, o desde un archivo de caso cifrado con age -p. Antes de que se añada nada, verá lo que contiene el archivo, y nada de esta bóveda se sustituye sin su confirmación.
import-file = Archivo de exportación que se importa
import-file-hint = Un archivo .age de { $max } MB como máximo.
import-passphrase = Frase de contraseña del archivo de exportación
import-open = Abrir archivo
import-progress = Abriendo el archivo. Esto tarda unos segundos…
import-no-file = Elija primero el archivo de exportación que quiere importar.
import-read-failed = El navegador no pudo leer ese archivo. Vuelva a elegirlo.
import-plan-heading = Qué contiene el archivo
import-plan-summary = { $count ->
    [one] El archivo contiene 1 caso. Elija qué importar y luego presione Importar.
   *[other] El archivo contiene { $count } casos. Elija qué importar y luego presione Importar.
}
import-plan-summary-dated = { $count ->
    [one] El archivo contiene 1 caso, exportado el { $when }. Elija qué importar y luego presione Importar.
   *[other] El archivo contiene { $count } casos, exportados el { $when }. Elija qué importar y luego presione Importar.
}
import-case-legend = { $code }: { $status }
import-case-new = nuevo en esta bóveda
import-case-exists = ya está en esta bóveda
import-case-unusable = no se puede importar. { $reason }
import-choice-import = Importar
import-choice-skip = Omitir
import-choice-keep-both = Conservar ambos (importar como copia)
import-choice-replace = Sustituir el caso de esta bóveda
import-choice-needed = { $code } ya está en esta bóveda: elija conservar ambos, sustituir u omitir.
import-submit = Importar
import-copy-word = importado
import-replace-title = { $count ->
    [one] ¿Sustituir 1 caso?
   *[other] ¿Sustituir { $count } casos?
}
import-replace-message = La versión de { $codes } que hay en esta bóveda se sustituirá por la del archivo. Esta acción no se puede deshacer; si puede necesitarla, exporte antes una copia de seguridad.
import-replace-confirm = Sustituir e importar
import-done = { $count ->
    [0] No se importó nada.
    [one] Se importó 1 caso.
   *[other] Se importaron { $count } casos.
}
import-renamed = { $from } se importó como { $code }.

## Página de la bóveda: cambiar la frase de contraseña

change-passphrase-heading = Cambiar la frase de contraseña
change-passphrase-intro = Elija una nueva frase de contraseña para esta bóveda. Primero se comprueba la actual; si algo falla, no se cambia nada y la frase actual sigue abriendo la bóveda.
change-passphrase-current = Frase de contraseña actual
change-passphrase-new = Nueva frase de contraseña
change-passphrase-confirm = Escriba de nuevo la nueva frase de contraseña
change-passphrase-rotate = Sustituir también la clave de la bóveda (vuelve a cifrar todos los casos)
change-passphrase-rotate-hint = Hágalo si otra persona pudo ver la frase anterior o una copia del almacenamiento de este navegador: los registros copiados antes del cambio no se abrirán con la nueva clave. Tarda más si hay muchos casos.
change-passphrase-submit = Cambiar la frase de contraseña
change-passphrase-progress = Comprobando la frase actual y protegiendo la clave de la bóveda con la nueva. Esto tarda unos segundos…
change-passphrase-rotating = Volviendo a cifrar los casos: { $done } de { $total }
change-passphrase-done = Frase de contraseña cambiada. A partir de ahora, solo la nueva frase abre la bóveda.
change-passphrase-rotated = Frase de contraseña cambiada y clave de la bóveda sustituida: { $records } registros cifrados de nuevo. A partir de ahora, solo la nueva frase abre la bóveda.
change-passphrase-current-blank = Escriba la frase de contraseña actual.
change-passphrase-unsaved = Hay cambios que aún no se han guardado. Espere a que todos figuren como guardados y luego sustituya la clave de la bóveda.
change-passphrase-failed = No se cambió nada: { $reason }

## Página de la bóveda: bloqueo automático

auto-lock-heading = Bloqueo automático
auto-lock-label = Bloquear la bóveda tras
auto-lock-choice = { $minutes ->
    [one] 1 minuto sin actividad
   *[other] { $minutes } minutos sin actividad
}
auto-lock-hint = Esta opción se guarda en este navegador y se aplica de inmediato.
auto-lock-saved = Guardado.
auto-lock-not-saved = El navegador no permitió guardar esta opción; se aplicará hasta que se cierre la página.

## Página de la bóveda: borrar todo

wipe-heading = Borrar todo
wipe-intro = Elimina de este navegador todo rastro de Tell Once: la bóveda y todos sus casos, sus preferencias y todo lo que se guarda para trabajar sin conexión. Después, la aplicación empieza de cero.
wipe-warning = Esta acción no se puede deshacer. Los casos que no haya exportado se perderán definitivamente.
wipe-start = Borrar todo
wipe-countdown = { $seconds ->
    [one] Todo se borrará en 1 segundo. Presione Cancelar para detenerlo.
   *[other] Todo se borrará en { $seconds } segundos. Presione Cancelar para detenerlo.
}
wipe-cancel = Cancelar el borrado
wipe-cancelled = Borrado cancelado. No se eliminó nada.
wipe-progress = Borrando todo…
wipe-incomplete = El borrado no pudo eliminar el almacenamiento de la bóveda: otra pestaña o ventana de Tell Once lo tiene abierto todavía. Sus casos se vaciaron, pero la bóveda vacía sigue ahí. Cierre todas las demás pestañas y ventanas de Tell Once y vuelva a borrar. Si este mensaje aparece de nuevo, borre los datos de este sitio en la configuración del navegador.

export-for = Qué exportar
export-for-team = El caso completo, para el equipo
export-for-agency = Paquete para compartir con { $agency }
export-for-hint = Un paquete para compartir contiene solo lo que la persona sobreviviente aceptó compartir con ese organismo: las preguntas del propio organismo, los relatos previos que puede consultar y los consentimientos correspondientes.
export-format = Forma de la exportación
export-format-tell-once = Archivo de Tell Once (el caso, para importarlo en Tell Once)
export-format-htcds-csv = HTCDS 2.0, CSV (consentimiento y derivaciones, para un sistema de datos de casos)
export-format-htcds-json = HTCDS 2.0, JSON (consentimiento y derivaciones, para un sistema de datos de casos)
export-format-hint = HTCDS es el estándar de datos de casos de trata de personas de la OIM. Contiene el consentimiento para participar y cada derivación enviada, con los organismos, y nada de lo que dijo la persona sobreviviente. No tiene lugar para el consentimiento por finalidad, sus retiradas ni el estado de una derivación: eso queda en Tell Once.
export-submit-htcds = Exportar { $code } para HTCDS
export-htcds-done = El archivo HTCDS está cifrado con su frase de contraseña y listo para guardar. Ábralo con age (age -d) antes de cargarlo en un sistema de datos de casos.
export-submit-packet = Exportar el paquete de { $code } para compartir con { $agency }

## Errores

error-wrong-passphrase = Esa frase de contraseña no abre esta bóveda. Compruebe la distribución del teclado y la tecla Bloq Mayús, e inténtelo de nuevo.
error-passphrase-blank = Escriba una frase de contraseña.
error-passphrase-short = La frase de contraseña es demasiado corta: use al menos { $min } caracteres.
error-passphrase-guessable = Esta frase de contraseña es demasiado fácil de adivinar.
error-passphrase-guessable-why = Esta frase de contraseña es demasiado fácil de adivinar: { $why }
weakness-keyboard-pattern = las filas y los patrones de teclas son de lo primero que se prueba.
weakness-repeats = los caracteres o grupos repetidos casi no añaden nada.
weakness-common-password = es una de las contraseñas más usadas.
weakness-near-common-password = es una contraseña común con pequeños cambios.
weakness-sequence = las secuencias como abc o 6543 se prueban pronto.
weakness-recent-year = los años recientes se prueban pronto.
weakness-date = las fechas se prueban pronto.
weakness-single-word = una sola palabra está en cualquier diccionario.
weakness-name = los nombres y apellidos están en listas de nombres.
advice-unrelated-words = Use cuatro o más palabras sin relación entre sí, no una frase conocida.
advice-add-words = Añada una o dos palabras más; mejor si son poco comunes.
advice-tricks-do-not-help = Las mayúsculas, las palabras al revés y los cambios como @ por a apenas ayudan.
advice-avoid-repeats = Evite repetir palabras y caracteres.
advice-avoid-sequences = Evite las secuencias.
advice-avoid-dates = Evite los años y las fechas, sobre todo los relacionados con usted.
error-passphrase-mismatch = Las dos frases de contraseña no coinciden. Escriba la misma frase de contraseña en ambos campos.
error-vault-key-damaged = La clave de la bóveda en este navegador está dañada o fue modificada, por lo que no se puede abrir la bóveda. Restaure sus casos a partir de una exportación.
error-vault-newer = Esta bóveda se creó con una versión más reciente de Tell Once. Use esa versión para abrirla.
error-vault-exists = Ya existe una bóveda en este navegador. Desbloquéela en lugar de crear otra.
error-no-vault = Todavía no hay ninguna bóveda en este navegador. Primero cree una.
error-case-not-found = Ese caso ya no está en la bóveda.
error-case-unreadable = El registro de ese caso no se puede leer. Se ha apartado.
error-internal = Se produjo un error interno en Tell Once ({ $detail }). Sus datos en memoria no han cambiado.
error-storage-full = El almacenamiento del navegador está lleno.
error-storage-read-only = El almacenamiento del navegador es de solo lectura.
error-storage-unavailable = El almacenamiento del navegador no se puede usar en este momento.
error-storage-failed = Falló el almacenamiento del navegador ({ $detail }).
error-storage-verify = Al volver a leer lo guardado, no coincidía exactamente con lo que se había guardado.
error-code-blank = Escriba un código de caso.
error-code-taken = Otro caso ya usa este código. Elija uno distinto.
error-export = La exportación falló ({ $detail }). No se escribió nada.
error-download = El navegador no inició la descarga. Inténtelo de nuevo.

## Espacio de trabajo del caso

workspace-sections = Secciones del caso
headline-avoided = { $count ->
    [one] Este plan evita 1 pregunta repetida.
   *[other] Este plan evita { $count } preguntas repetidas.
}
headline-achieved = { $told ->
    [one] La persona sobreviviente ha contado cada tema una sola vez: { $once } de 1 tema.
   *[other] La persona sobreviviente ha contado cada tema una sola vez: { $once } de { $told } temas.
}
agencies-heading = Organismos
accounts-heading = Relatos previos
questions-heading = Preguntas
session-heading = Plan de la sesión
findings-heading = Hallazgos
coverage-heading = Cobertura
consent-heading = Consentimiento
referrals-heading = Derivaciones
handout-heading = Hoja informativa para la persona sobreviviente
handout-intro = Una hoja para la persona sobreviviente, en su idioma: sus derechos en la entrevista, los consentimientos que dio y cómo retirarlos, y sus contactos de apoyo. Imprímala o guárdela como PDF.
handout-language = Idioma de la hoja informativa
handout-language-missing = La hoja informativa no está disponible en el idioma de la persona sobreviviente ({ $language }). Elija el idioma que mejor lee y pida al intérprete que la revise con ella.
handout-review-source = El texto original: todas las traducciones se hacen a partir de él.
handout-review-machine-assisted = Traducido con ayuda de una máquina, aún no revisado por una persona hablante nativa. Pida a una persona hablante nativa que lo revise antes de entregarlo a la persona sobreviviente.
handout-review-reviewed = Revisado por una persona hablante nativa.
print-handout = Imprimir la hoja informativa
interface-language = Idioma
interface-language-en = English
interface-language-es = Español
interface-language-fr = Français
interface-language-pt = Português
interface-language-unavailable = No se pudieron descargar los textos en { $language }. Compruebe la conexión y vuelva a elegir el idioma.

# Un idioma por su nombre (los nombres del navegador); el caso guarda solo su etiqueta.
language-with-autonym = { $name } — { $autonym }
language-unknown = { $tag } (un idioma que este navegador no conoce; se conserva tal como se escribió)
language-unknown-note = Este navegador no tiene nombre para esta etiqueta de idioma, así que se conserva tal como se escribió. Elija el idioma de la lista para sustituirla.
language-not-set = sin indicar
language-picker-list = Sugerencias
language-picker-no-match = Ningún idioma coincide con «{ $text }». Escriba su nombre en español o en el propio idioma, o una etiqueta de idioma como sq.

error-import-too-large = El archivo ocupa { $size } MB, más que el límite de { $max } MB para una importación. No se ha abierto. Elija un archivo de exportación creado con Tell Once.
error-import-not-age = Este no es un archivo de exportación cifrado. Elija un archivo exportado desde Tell Once (terminado en .age) o creado con age -p.
error-import-age-version = Este archivo usa una versión más reciente del formato age, que Tell Once no puede leer.
error-import-truncated = El archivo está incompleto: se cortó antes de terminar. Vuelva a copiarlo o a descargarlo.
error-import-not-passphrase = El archivo está cifrado con una clave, no con una frase de contraseña. Vuelva a cifrarlo con age -p.
error-import-work-factor = El factor de trabajo de scrypt del archivo es { $required }; Tell Once abre archivos con un factor de hasta { $max }, así que no se ha abierto. Vuelva a cifrar el archivo con age -p, que usa 18, o expórtelo de nuevo desde Tell Once.
error-import-work-factor-memory = El factor de trabajo de scrypt del archivo es { $required }, más de lo que la memoria de este navegador permite, así que no se ha abierto. Vuelva a cifrar el archivo con age -p, que usa 18, o expórtelo de nuevo desde Tell Once.
error-import-wrong-passphrase = Esa frase de contraseña no abre este archivo. Use la frase de contraseña que se eligió al exportarlo.
error-import-corrupted = El archivo se modificó o se dañó después de crearse. Use otra copia.
error-import-not-tell-once = El archivo se abre, pero no es una exportación ni un caso de Tell Once.
error-import-newer = El archivo se exportó con una versión más reciente de Tell Once. Actualice la aplicación para importarlo.
error-import-duplicate = El archivo contiene dos veces el caso { $id }, por lo que es incoherente. No se importó nada.
error-import-case-newer = Se creó con una versión más reciente de Tell Once.
error-import-case-unreadable = Su contenido no se puede leer ({ $detail }).
error-import-invalid-case = El caso { $id } del archivo no se puede importar: { $reason } No se importó nada.
error-import-case-too-large = El caso { $code } del archivo contiene { $count } { $part ->
    [questions] preguntas
    [prior-accounts] relatos previos
    [consent-events] registros de consentimiento
    [sessions] sesiones
    [referrals] derivaciones
   *[history-entries] entradas del historial
}, más de las { $max } que admite una importación. No se importó nada. Quite lo que el caso no necesita, o divídalo en varios casos, y expórtelo de nuevo.
error-import-inconsistent = El archivo es incoherente: un caso figura con el identificador de otro caso. No se importó nada.
plan-heading = Plan de entrevista
plan-intro = El plan para el equipo, con una sesión por página: quién está en la sala y con qué función, las pausas y las preguntas en el orden de las fases PEACE. Imprímalo o guárdelo como PDF.
plan-print = Imprimir el plan
plan-title = Plan de entrevista del caso { $code }
plan-confidential = Confidencial: solo para el equipo de entrevista. No entregue este plan a la persona sobreviviente.
plan-document = Qué mostrar e imprimir
plan-document-full = El plan completo, para el equipo
plan-document-brief = Resumen para quien entrevista: { $session }
plan-print-brief = Imprimir el resumen para quien entrevista
plan-told = Lo que la persona sobreviviente ya contó
plan-told-none = No hay ningún relato previo registrado.
plan-evidence = Pruebas solicitadas, por organismo
plan-evidence-none = Aún no se ha solicitado ninguna prueba.
plan-evidence-line = { $item } ({ $kind }): { $status }{ $dates }.
plan-evidence-requested = solicitada el { $date }
plan-evidence-obtained = obtenida el { $date }
plan-evidence-not-obtainable = no obtenible desde el { $date }
brief-title = Resumen para quien entrevista, caso { $code }
brief-interpreter = Necesita intérprete
brief-yes = Sí
brief-no = No
brief-accommodations = Adaptaciones
brief-avoid = Temas que no se deben plantear
brief-none = Ninguno registrado
brief-blind = Este resumen deja fuera lo que dijeron los relatos previos, para que llegue a la entrevista sin expectativas que puedan inducir a la persona sobreviviente. El equipo tiene el plan completo.
plan-sessions-none = Todavía no hay ninguna sesión planificada.
plan-session-heading = Sesión { $number }: { $date }
plan-place = Lugar
plan-duration = Duración
plan-minutes = { $minutes } minutos
plan-breaks = Pausas
plan-breaks-none = Ninguna planificada
plan-question-break = Pausa de preguntas
plan-question-break-yes = Antes del cierre: las personas observadoras pasan sus preguntas a quien dirige la entrevista
plan-question-break-no = Ninguna prevista
plan-break-at = tras { $minute } minutos
plan-language = Idioma de la sesión
plan-survivor-language = Idioma de la persona sobreviviente
plan-lead = Entrevistador/a principal
plan-attendees = En la sala
plan-questions = Preguntas
plan-questions-none = Todavía no hay ninguna pregunta planificada para esta sesión.
plan-asked-for = (para { $agencies })
plan-unplaced = Preguntas que aún no están en ninguna sesión

## Una nueva versión de la aplicación (actualización del service worker)
update-heading = Hay una nueva versión de Tell Once lista
update-ready = Funciona sin conexión como esta. Sus casos siguen en la bóveda cifrada de este navegador: al cambiar se guarda cada cambio y se bloquea la bóveda primero, y luego se recarga la página.
update-now = Guardar, bloquear y usar la nueva versión
update-switching = Guardando y cambiando…

## Quién hace los cambios: el nombre en el historial de los casos
author-heading = Su nombre en el historial de los casos
author-ask-heading = ¿Quién hace cambios en esta bóveda?
author-intro = Cada cambio de un caso se guarda en su historial con la hora y el nombre o la función que indique aquí, por ejemplo «Investigadora, policía del puerto». Se guarda cifrado en esta bóveda y nunca va en un paquete para compartir.
author-label = Su nombre o función para el historial
author-keep = Usar este nombre en el historial
author-saved = Los cambios se registran ahora como hechos por { $name }.
author-error-blank = Escriba un nombre o una función, por ejemplo «Especialista en víctimas».
author-error-too-long = Use { $max } caracteres como máximo.
edit-refused = Ese cambio no se hizo: { $reason }

## Intercambio entre organismos: claves para compartir, contactos y archivos intercambiados

exchange-key-error-blank = Pegue la clave para compartir del organismo. Empieza por age1.
exchange-key-error-secret-key = Esta es una clave secreta, que nunca debe compartirse. Pida al organismo su clave pública para compartir (empieza por age1) y dígale que cree un nuevo par de claves.
exchange-key-error-not-a-key = Esto no es una clave para compartir. Una clave para compartir empieza por age1 y tiene 62 caracteres.
exchange-key-error-checksum = Esta clave para compartir tiene un error: su suma de comprobación no coincide. Cópiela de nuevo o compárela carácter por carácter.
exchange-key-error-own-key = Esta es la clave para compartir de esta misma bóveda. Añada la clave del otro organismo.
contact-error-blank-name = Escriba el nombre del organismo.
contact-error-already-a-contact = Esta clave para compartir ya es la del contacto { $agency }.
contact-error-unknown = Ningún contacto tiene esta clave para compartir.
exchange-file-error-too-large = El archivo tiene { $size } MB, por encima del límite de { $max } MB. No se abrió.
exchange-file-error-file = El archivo no se puede abrir: { $reason }
exchange-file-error-not-for-this-vault = Este archivo se hizo para la clave para compartir de otro organismo. Esta bóveda no puede abrirlo.
exchange-file-error-passphrase-needed = Esta solicitud está protegida con una frase de contraseña. Escriba la que le dio el organismo que coordina.
exchange-file-error-not-a-request = Este archivo no es una solicitud de preguntas.
exchange-file-error-not-a-return = Este archivo no es una respuesta a una solicitud de preguntas.
exchange-file-error-newer = Este archivo se hizo con una versión más reciente de Tell Once (formato { $found }; esta versión lee hasta el { $supported }). Actualice la aplicación.
exchange-file-error-damaged = El archivo se abre, pero su contenido está dañado.
exchange-file-error-own-request = Esta solicitud de preguntas se hizo en esta bóveda. Envíela al organismo al que va dirigida.
exchange-error-request-refused = No se hizo la solicitud: { $reason }
exchange-error-weak-passphrase = La frase de contraseña de la solicitud es demasiado fácil de adivinar: { $reason }
exchange-error-unknown-contribution = Esta bóveda no tiene ninguna contribución a esa solicitud de preguntas.
exchange-error-storage = La bóveda no pudo guardarlo: { $reason }
exchange-error-encryption = No se pudo cifrar el archivo: { $reason }

## Intercambio entre organismos: el lado del organismo (claves, contactos, solicitudes recibidas)

exchange-heading = Intercambio
exchange-intro = Los organismos intercambian preguntas para una entrevista mediante archivos cifrados, sin servidor. Aquí da a otros su clave para compartir, guarda las de ellos y abre las solicitudes de preguntas que le envían.
exchange-loading = Leyendo la bóveda…
exchange-key-heading = Su clave para compartir
exchange-key-intro = Esta clave solo permite que otros organismos envíen archivos a esta bóveda; no puede abrir la bóveda ni nada de lo que contiene.
exchange-key-loading = Leyendo la clave para compartir…
exchange-key-text = Su clave para dar a otros organismos (texto)
exchange-key-qr = Código QR de su clave para compartir
exchange-key-fingerprint = Huella para leer en voz alta:
exchange-contacts-heading = Contactos
exchange-contacts-intro = Las claves para compartir de otros organismos. Márquela como verificada solo después de comparar su huella con el organismo.
exchange-contacts-none = Todavía no hay contactos.
exchange-contacts-unreadable = No se pudieron leer los contactos de la bóveda.
exchange-contacts-caption = Contactos
exchange-contact-agency = Organismo
exchange-contact-role = Función
exchange-contact-fingerprint = Huella
exchange-contact-state = Comprobado
exchange-contact-actions = Acciones
exchange-contact-verified-state = Verificado
exchange-contact-unverified-state = Sin verificar
exchange-contact-verify = Marcar como verificado
exchange-contact-verify-named = Marcar como verificado: { $agency }
exchange-contact-verify-hint = Marque un contacto como verificado solo después de que el organismo le haya leído su huella por teléfono (o en persona) y coincida con la que se muestra aquí.
exchange-contact-remove = Quitar
exchange-contact-remove-named = Quitar contacto: { $agency }
exchange-contact-remove-title = ¿Quitar este contacto?
exchange-contact-remove-message = { $agency } y su clave para compartir se quitarán de esta bóveda. Los archivos ya intercambiados no se ven afectados.
exchange-contact-remove-confirm = Quitar contacto
exchange-contact-add-heading = Añadir un contacto
exchange-contact-name = Nombre del organismo
exchange-contact-key = Clave para compartir
exchange-contact-key-hint = La clave pública para compartir del organismo, tal como se la dio: empieza por age1.
exchange-contact-add = Añadir contacto
exchange-contact-added = Contacto { $agency } añadido, aún sin verificar. Compare su huella con el organismo: { $fingerprint }.
exchange-contact-verified = { $agency } está marcado como verificado.
exchange-contact-removed = Contacto { $agency } quitado.
exchange-requests-heading = Solicitudes de otros organismos
exchange-requests-intro = El organismo que coordina le envía un archivo de solicitud de preguntas para un caso. Ábralo aquí para añadir las preguntas de su organismo y luego devuélvalas al organismo que coordina.
exchange-request-open-heading = Abrir un archivo de solicitud
exchange-request-file = Archivo de solicitud
exchange-request-passphrase = Frase de contraseña (solo si la solicitud se protegió con una)
exchange-request-open = Abrir solicitud
exchange-request-opening = Abriendo la solicitud…
exchange-request-no-file = Elija primero el archivo de solicitud.
exchange-request-read-failed = No se pudo leer el archivo.
exchange-request-opened = Solicitud { $code } de { $lead } abierta. Está en la lista de abajo.
exchange-contributions-heading = Solicitudes abiertas en esta bóveda
exchange-requests-none = Todavía no se ha abierto ninguna solicitud.
exchange-contribution-link = Contribuir: { $code } para { $agency }
exchange-contribution-facts = De { $lead }, plazo { $due }.
exchange-contribution-no-return = Todavía no se ha escrito ninguna respuesta.
exchange-contribution-last-return = Última respuesta: { $sequence }.

## Una lista larga mostrada por páginas
rows-shown = Se muestran { $first }–{ $last } de { $count }
rows-pages = Páginas de { $list }
rows-previous = Página anterior
rows-next = Página siguiente
rows-page = Página
rows-of-pages = de { $pages }
