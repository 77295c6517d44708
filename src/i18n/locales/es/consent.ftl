### Textos de la parte de consentimiento del espacio de trabajo del caso: las secciones de consentimiento y de derivaciones.

## Consentimiento: finalidades

consent-intro = La persona sobreviviente decide finalidad por finalidad, y puede decir que no o cambiar de opinión en cualquier momento sin perder el apoyo. Cada decisión se conserva tal como se registró: un error se corrige con una nueva entrada, nunca se borra. Cuando se retira un consentimiento, todo lo del plan que depende de él se señala de inmediato bajo su finalidad.
consent-purposes-list = Finalidades del consentimiento
consent-minor-explained = Esta persona sobreviviente es menor de edad. Cada finalidad requiere dos decisiones, cada una registrada como una entrada propia: el consentimiento del tutor o la tutora y el asentimiento de la propia persona menor de edad. Solo cuenta cuando ambos están de acuerdo; si cualquiera de los dos dice que no o lo retira, no cuenta.
consent-purpose-take-part = Participación en la entrevista
consent-purpose-take-part-hint = Si la persona sobreviviente acepta, o no, que se la entreviste.
consent-purpose-recording = Grabación de audio o vídeo
consent-purpose-recording-hint = Grabar la entrevista, para poder reutilizarla en lugar de volver a preguntar.
consent-purpose-use-as-evidence = Uso como prueba
consent-purpose-use-as-evidence-hint = Usar lo que diga la persona sobreviviente en un proceso penal o en otros procedimientos.
consent-purpose-medical-examination = Examen médico
consent-purpose-medical-examination-hint = Un examen médico, para su atención o para documentar lesiones.
consent-purpose-photographs = Fotografías
consent-purpose-photographs-hint = Tomar fotografías, por ejemplo de lesiones.
consent-purpose-contact-afterwards = Contacto posterior
consent-purpose-contact-afterwards-hint = Que se le contacte después de la entrevista, sobre el caso o sobre su apoyo.
consent-purpose-share-record = Compartir registros con { $agency }
consent-purpose-share-record-hint = Permitir que este organismo consulte lo que la persona sobreviviente ya contó a otro organismo, para que no se le vuelva a preguntar.
consent-purpose-referral = Derivación a { $service }
consent-purpose-referral-hint = Facilitar los datos de la persona sobreviviente a este servicio, para que pueda atenderla.

consent-status-label = Estado:
consent-status-given = Dado
consent-status-declined = Denegado
consent-status-withdrawn = Retirado
consent-status-missing = Aún no solicitado
consent-status-not-understood = No válido: comprensión no confirmada
consent-status-not-understood-hint = Se registró un «sí» sin confirmar que la persona sobreviviente lo entendiera, así que no es un consentimiento. Vuelva a explicarlo y registre la decisión cuando lo haya entendido.
consent-status-guardian-missing = Falta el consentimiento del tutor o la tutora
consent-status-guardian-missing-hint = La persona menor de edad está de acuerdo, pero todavía no se ha registrado la decisión del tutor o la tutora.
consent-status-assent-missing = Falta el asentimiento de la persona menor de edad
consent-status-assent-missing-hint = El tutor o la tutora está de acuerdo, pero todavía no se ha registrado el asentimiento de la propia persona menor de edad.

consent-flags-heading = { $count ->
    [one] Un elemento del plan depende de este consentimiento
   *[other] { $count } elementos del plan dependen de este consentimiento
}
consent-flag-missing = Bloqueo: { $item } requiere este consentimiento, y no consta ninguno.
consent-flag-declined = Bloqueo: { $item } requiere este consentimiento, que se denegó.
consent-flag-withdrawn = Bloqueo: { $item } requiere este consentimiento, que se retiró.
consent-flag-share-missing = Ya hay respuesta para { $item } en un registro de lo que contó la persona sobreviviente; pregúntele si acepta compartir ese registro en lugar de volver a preguntar.
consent-flag-share-refused = Se apartó { $item } a la espera de este consentimiento, que se denegó o se retiró: plantee la pregunta en la entrevista o prescinda de ella.
consent-item-session = la sesión del { $date }
consent-item-session-at = la sesión del { $date } en { $place }
consent-item-question = la pregunta «{ $text }»
consent-item-referral = la derivación a { $service }
consent-item-other = un elemento del plan

consent-withdraw = Retirar el consentimiento
consent-withdraw-child = Retirar el asentimiento de la persona menor de edad
consent-withdraw-guardian = Retirar el consentimiento del tutor o la tutora
consent-withdraw-title = ¿Retirar el consentimiento para «{ $purpose }»?
consent-withdraw-message = Se registrará que { $party } retira el consentimiento para «{ $purpose }» a partir de este momento. Todo lo del plan que depende de él se señalará de inmediato. La decisión anterior se conserva en el historial.
consent-withdraw-confirm = Retirar el consentimiento
consent-withdrawn-done = Se retiró el consentimiento para «{ $purpose }». Los elementos que dependen de él se señalan bajo esa finalidad.

## Consentimiento: historial

consent-history-heading = Historial
consent-history-of = Historial de «{ $purpose }»
consent-history-empty = Todavía no se ha registrado nada.
consent-entry-given = Dado por { $party }
consent-entry-declined = Denegado por { $party }
consent-entry-withdrawn = Retirado por { $party }
consent-entry-details = { $method }, en { $language }, registrado por { $recorder }.
consent-entry-interpreter = Intérprete: { $interpreter }.
consent-entry-understood = Comprensión confirmada.
consent-entry-not-understood = Comprensión no confirmada.
consent-entry-note = Nota: { $note }
consent-entry-corrected-tag = Corregida
consent-entry-correction-tag = Corrección
consent-entry-corrected-by = Corregida por la entrada del { $at }: esta entrada ya no cuenta.
consent-entry-corrects = Corrige la entrada del { $at }.
consent-button-for = { $action }: { $subject }
consent-entry-subject = { $purpose }, { $at }
consent-correct = Corregir esta entrada

consent-party-survivor-name = la persona sobreviviente
consent-party-child-name = la persona menor de edad
consent-party-guardian-name = el tutor o la tutora

## Consentimiento: registrar una decisión

consent-record-heading = Registrar una decisión
consent-correct-heading = Corregir una entrada
consent-correcting = Está corrigiendo «{ $entry }», del { $at }. Registre lo que ocurrió realmente: la entrada errónea se conserva en el historial, marcada como corregida, y deja de contar.
consent-field-purpose = Finalidad
consent-field-decision = Decisión
consent-decision-given = Dado: está de acuerdo
consent-decision-declined = Denegado: no está de acuerdo
consent-decision-withdrawn = Retirado: retira un consentimiento que había dado
consent-field-party = De quién es la decisión
consent-party-hint = Una persona menor de edad necesita tanto la decisión de su tutor o tutora como su propio asentimiento. Registre cada uno como una entrada propia.
consent-party-child = La persona menor de edad (su propio asentimiento)
consent-party-guardian = El tutor o la tutora
consent-field-when = Cuándo
consent-field-when-hint = Ahora, salvo que esté registrando una decisión tomada antes.
consent-field-recorded-by = Registrado por
consent-field-recorded-by-hint = Su nombre o su función: alguien debe responder de cada entrada.
consent-field-method = Cómo se dio
consent-method-spoken = De palabra
consent-method-written = Por escrito
consent-method-signed = Firmado
consent-field-language = Idioma en que se explicó
consent-field-language-hint = Se elige por su nombre. De entrada, es el idioma de la persona sobreviviente.
consent-field-interpreter = Intérprete (opcional)
consent-field-understood = La persona sobreviviente entendió lo que decidió
consent-field-understood-why = El consentimiento solo cuenta si es informado: la persona sobreviviente sabe qué va a ocurrir, quién lo verá y que puede decir que no o cambiar de opinión en cualquier momento sin perder el apoyo. Marque esta casilla solo cuando la persona sobreviviente se lo haya explicado a usted con sus propias palabras. Sin ella, se registra un «sí», pero no cuenta como consentimiento.
consent-field-note = Nota (opcional)
consent-submit = Registrar la decisión
consent-submit-correction = Registrar la corrección
consent-cancel-correction = Cancelar la corrección
consent-recorded = Registrado. { $purpose }: { $status }.

## Consentimiento: errores

consent-error-purpose = Elija una finalidad de la lista.
consent-error-when = Indique la fecha y la hora de la decisión.
consent-error-duplicate-id = Esta entrada ya está en el historial. Vuelva a registrar la decisión.
consent-error-unknown-corrected = La entrada que se corrige no está en el historial. Elija «Corregir esta entrada» en la entrada que quiera corregir.
consent-error-already-corrected = Esa entrada ya se corrigió el { $at }. Corrija esa corrección en su lugar.
consent-error-blank-recorded-by = Indique quién registró la decisión.
consent-error-blank-language = Indique el idioma en que se explicó el consentimiento.
consent-error-out-of-order = Esta decisión tiene fecha del { $at }, anterior a la decisión de { $party } sobre «{ $purpose }» registrada para el { $latest }. Use la hora real. Si una entrada se registró mal, corrija esa entrada.
consent-error-nothing-to-withdraw = No consta que { $party } haya dado su consentimiento para «{ $purpose }», así que no hay nada que retirar. En su lugar, registre que lo deniega.

## Derivaciones

referrals-intro = Servicios de apoyo vinculados a este caso, y en qué punto está cada uno. Al derivar se facilitan los datos de la persona sobreviviente al servicio, por lo que se necesita su consentimiento para esa derivación.
referrals-none = Todavía no hay ningún servicio vinculado. Busque uno en el directorio que aparece más abajo.
referrals-status-label = Estado:
referrals-status-suggested = Sugerida
referrals-status-offered = Ofrecida
referrals-status-accepted = Aceptada
referrals-status-declined = Rechazada
referrals-status-referred = Enviada
referrals-status-confirmed = Confirmada
referrals-move-suggested = Marcar como sugerida
referrals-move-offered = Marcar como ofrecida
referrals-move-accepted = Marcar como aceptada
referrals-move-declined = Marcar como rechazada
referrals-move-referred = Marcar como enviada
referrals-move-confirmed = Marcar como confirmada
referrals-closed = El servicio ya atiende a la persona sobreviviente: esta derivación está completa.
referrals-consent-line = Consentimiento para esta derivación: { $status }.
referrals-consent-link = Regístrelo en la sección Consentimiento
referrals-flagged = Señalada: esta derivación se hizo, pero el consentimiento que necesita está ahora { $status }. No transmita nada más a { $service } salvo que la persona sobreviviente vuelva a aceptarlo.
referrals-consent-given = dado
referrals-consent-declined = denegado
referrals-consent-withdrawn = retirado
referrals-consent-missing = aún no solicitado
referrals-consent-not-understood = no válido, comprensión no confirmada
referrals-consent-guardian-missing = falta el consentimiento del tutor o la tutora
referrals-consent-assent-missing = falta el asentimiento de la propia persona menor de edad
referrals-history-heading = Historial
referrals-history-suggested = Sugerida el { $at }
referrals-history-change = De «{ $from }» a «{ $to }», el { $at }
referrals-error-invalid-move = Una derivación en estado «{ $from }» no se puede marcar como «{ $to }».
referrals-error-consent-required = Todavía no se puede derivar a la persona sobreviviente a { $service }. Estado de su consentimiento para «Derivación a { $service }»: { $status }. Primero registre su consentimiento informado para esta derivación.
referrals-error-before-last-change = Este cambio tendría una fecha anterior al último cambio de la derivación ({ $last }). Compruebe el reloj del dispositivo e inténtelo de nuevo.

referrals-organization = Organización
referrals-phones = Teléfono
referrals-email = Correo electrónico
referrals-web = Web
referrals-hours = Horario de atención
referrals-languages = Idiomas
referrals-languages-none = No indicado
referrals-categories = Categorías
referrals-eligibility = Quién puede usarlo

referrals-search-heading = Buscar un servicio
referrals-directory-empty = El directorio de servicios está vacío. Importe su directorio local más abajo.
referrals-category = Categoría
referrals-category-any = Cualquier categoría
referrals-language = Idioma
referrals-language-hint = Escriba el nombre de un idioma y elíjalo de la lista; se encuentra el servicio tanto si el directorio da el idioma por su nombre como por su código.
referrals-language-any = Cualquier idioma
referrals-use-survivor-language = Usar el idioma de la persona sobreviviente ({ $language })
referrals-results = { $count } de { $total } servicios coinciden.
referrals-attach = Vincular a este caso
referrals-button-for = { $action }: { $service }
referrals-already-attached = Vinculado a este caso.
referrals-attached = { $service } se vinculó a este caso como derivación sugerida. Ofrézcalo a la persona sobreviviente cuando sea el momento adecuado.

referrals-directory-heading = Directorio de servicios
referrals-directory-intro = Un único directorio para todos los casos de esta bóveda, guardado cifrado en ella. Importe archivos Open Referral (HSDS): un archivo JSON, o services.csv junto con phones.csv y languages.csv, elegidos a la vez. Un servicio que ya está en el directorio se actualiza, nunca se duplica.
referrals-directory-count = { $count ->
    [one] El directorio contiene un servicio.
   *[other] El directorio contiene { $count } servicios.
}
referrals-directory-unreadable = El directorio guardado en esta bóveda no se puede leer ({ $reason }). Se deja tal como está; al importar, se sustituye.
referrals-files = Archivos HSDS
referrals-files-hint = Un archivo .json, o archivos .csv con los nombres que les da la exportación HSDS.
referrals-import = Importar
referrals-importing = Importando…
referrals-imported = Importación terminada: { $added } añadidos, { $updated } actualizados, { $unchanged } sin cambios. El directorio contiene { $total } servicios.
referrals-error-save = No se pudo guardar el directorio, así que no se importó nada: { $reason }
referrals-error-nothing-chosen = Elija primero uno o varios archivos.
referrals-error-unknown-file = { $file } no es un archivo que esta importación pueda leer. Elija un archivo .json, o services.csv, phones.csv, languages.csv, schedules.csv u organizations.csv.
referrals-error-no-services-csv = Falta services.csv: las demás tablas solo completan los servicios que figuran en él. Elíjalo junto con ellas.
referrals-error-too-large = { $file } ocupa { $bytes } bytes, más de los { $limit } bytes que lee una importación. Divídalo en archivos más pequeños.
referrals-error-json-syntax = { $file }, línea { $line }, columna { $column }: no es un JSON válido ({ $detail }). Compruebe que el archivo esté completo.
referrals-error-json-shape = { $file }, línea { $line }, columna { $column }: no es un documento HSDS con la forma esperada ({ $detail }).
referrals-error-unknown-document = { $file } no es un servicio HSDS, ni una lista de servicios, ni una organización, ni un servicio en una ubicación. Exporte uno de esos documentos.
referrals-error-blank-json-value = { $file }: el campo { $field } está vacío, y todos los servicios lo necesitan.
referrals-error-missing-column = { $file } no tiene ninguna columna «{ $column }». La primera línea debe nombrar las columnas HSDS.
referrals-error-csv-row = { $file }, línea { $line }: { $detail }
referrals-error-csv-blank = { $file }, línea { $line }: la columna «{ $column }» está vacía. Rellénela.
referrals-error-unknown-service = { $file }, línea { $line }: el servicio { $service } no está en services.csv. Impórtelos juntos.
referrals-error-duplicate-service = { $file }, { $place }: el servicio { $service } aparece dos veces. Deje una sola entrada por servicio.
