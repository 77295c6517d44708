### Textos de la parte de preguntas del espacio de trabajo del caso: organismos, relatos previos, preguntas, temas.

## Organismos

agencies-intro = Todas las organizaciones que intervienen en el caso, y su función. Las preguntas y los relatos previos pertenecen a un organismo.
agencies-empty = Todavía no se ha añadido ningún organismo. Añada el primero a continuación.
agencies-table-caption = Organismos de este caso
agencies-name = Nombre
agencies-role = Función
agencies-actions = Acciones
agencies-add-heading = Añadir un organismo
agencies-add = Añadir organismo
agencies-added = Se añadió { $name }.
agencies-edit = Editar
agencies-edit-named = Editar { $name }
agencies-name-of = Nuevo nombre para { $name }
agencies-role-of = Función de { $name }
agencies-remove = Quitar
agencies-remove-named = Quitar { $name }
agencies-remove-title = ¿Quitar { $name }?
agencies-remove-message = El organismo se quita de este caso. Nada del caso hace referencia a él.
agencies-remove-confirm = Quitar organismo
agencies-removed = Se quitó { $name }.
agencies-error-name = Escriba el nombre del organismo.
agencies-in-use = { $name } no se puede quitar porque todavía hay elementos que hacen referencia a él: { $uses }. Primero páselos a otro organismo o quítelos.
agencies-use-questions = { $count ->
    [one] 1 pregunta
   *[other] { $count } preguntas
}
agencies-use-accounts = { $count ->
    [one] 1 relato previo
   *[other] { $count } relatos previos
}
agencies-use-consent = { $count ->
    [one] 1 registro de consentimiento para compartir con este organismo
   *[other] { $count } registros de consentimiento para compartir con este organismo
}
agencies-use-attendees = { $count ->
    [one] 1 persona que asiste a una sesión en su nombre
   *[other] { $count } personas que asisten a sesiones en su nombre
}
agencies-use-evidence = { $count ->
    [one] 1 prueba que tiene o debe obtener
   *[other] { $count } pruebas que tiene o debe obtener
}
agencies-unknown = Un organismo que ya no está en este caso
agencies-role-police = Policía
agencies-role-prosecutor = Fiscalía
agencies-role-labour-inspectorate = Inspección de trabajo
agencies-role-ngo = ONG
agencies-role-immigration = Migración
agencies-role-medical = Servicios de salud
agencies-role-child-protection = Protección de la infancia
agencies-role-other = Otra

## Relatos previos

accounts-intro = El historial de lo que la persona sobreviviente ya ha contado: a quién, cuándo, de qué forma y con cuánto detalle, y si se puede obtener el registro. El planificador lo usa para que nadie vuelva a preguntar lo que ya responde un registro.
accounts-empty = No se ha registrado ningún relato previo. Pregunte con tacto a la persona sobreviviente si alguien la ha entrevistado antes.
accounts-need-agency = Añada primero el organismo que recogió el relato.
accounts-go-to-agencies = Ir a Organismos
accounts-add-open = Añadir un relato previo
accounts-add-heading = Nuevo relato previo
accounts-edit-heading = Modificar el relato previo
accounts-agency = Organismo que recogió el relato
accounts-agency-choose = Elija un organismo
accounts-date = Fecha
accounts-form = Forma del registro
accounts-form-video-recorded = Grabación de vídeo
accounts-form-audio = Grabación de audio
accounts-form-written-statement = Declaración escrita
accounts-form-notes = Notas
accounts-record = Registro
accounts-obtainable = El equipo puede obtener el registro
accounts-obtainable-yes = Se puede obtener
accounts-obtainable-no = No se puede obtener
accounts-topics = Temas contados
accounts-topics-legend = Temas contados, y con cuánto detalle
accounts-topics-none = Ningún tema registrado
accounts-topic-coverage = { $topic }: { $coverage }
accounts-summary = { $agency }, { $date } ({ $form })
accounts-save = Guardar el relato previo
accounts-added = Se añadió el relato previo.
accounts-saved = Se guardó el relato previo.
accounts-removed = Se quitó el relato previo.
accounts-error-agency = Elija el organismo que recogió el relato.
accounts-error-date = Indique la fecha del relato.
accounts-error-topics = Marque al menos un tema del que haya hablado la persona sobreviviente.
accounts-edit = Editar
accounts-edit-named = Editar { $account }
accounts-remove = Quitar
accounts-held-session = Este relato corresponde a { $session }, que ya se realizó: cambia con el registro de esa sesión, en el plan de la sesión.
accounts-remove-named = Quitar { $account }
accounts-remove-title = ¿Quitar este relato previo?
accounts-remove-message = { $account } se quita del historial, y el planificador deja de tenerlo en cuenta.
accounts-remove-confirm = Quitar relato previo
accounts-in-use = { $account } no se puede quitar: { $count ->
    [one] 1 pregunta se responde con su registro o está a la espera
   *[other] { $count } preguntas se responden con su registro o están a la espera
} del consentimiento para compartirlo. Primero deshaga esos pasos en Hallazgos.

## Selector de temas

topic-picker-sensitive = Sensible
topic-picker-coverage = ¿Con cuánto detalle se contó «{ $topic }»?
topic-picker-coverage-mentioned = Solo mencionado
topic-picker-coverage-partial = Contado en parte
topic-picker-coverage-detailed = Contado con detalle
topic-picker-add-summary = Añadir un tema a este caso
topic-picker-add-intro = Para un asunto que no figura en la lista. Se añade solo a este caso y queda marcado aquí.
topic-picker-new-id = Nombre del tema
topic-picker-new-id-hint = Letras minúsculas sin tildes ni ñ, cifras y guiones, empezando por una letra; por ejemplo, mendicidad-forzada.
topic-picker-new-description = Qué abarca el tema
topic-picker-new-sensitive = Preguntar por él antes de haber creado un clima de confianza puede causar daño
topic-picker-add = Añadir tema
topic-picker-added = Se añadió el tema «{ $topic }» a este caso y quedó marcado.
topic-picker-error-invalid-id = «{ $id }» no puede ser un nombre de tema: use letras minúsculas sin tildes ni ñ, cifras y guiones, empezando por una letra; por ejemplo, mendicidad-forzada.
topic-picker-error-exists = Este caso ya tiene un tema llamado «{ $id }». Márquelo en la lista o elija otro nombre.
topic-picker-error-description = Describa en pocas palabras qué abarca el tema «{ $id }».

## Temas del relato (ids del catálogo de temas del modelo)

topic-background = Antecedentes
topic-background-description = La vida antes de la captación: hogar, familia, estudios, trabajo.
topic-recruitment = Captación
topic-recruitment-description = Cómo se contactó a la persona, quién lo hizo y qué le prometieron.
topic-travel = Viaje
topic-travel-description = El trayecto: rutas, medios de transporte, quién lo organizó y quién lo pagó.
topic-arrival = Llegada
topic-arrival-description = Qué ocurrió a la llegada y quién recibió a la persona.
topic-accommodation = Alojamiento
topic-accommodation-description = Dónde vivía la persona, con quién y bajo qué normas.
topic-control-methods = Métodos de control
topic-control-methods-description = Cómo se controlaba a la persona: vigilancia, aislamiento, normas, engaños.
topic-threats-and-violence = Amenazas y violencia
topic-threats-and-violence-description = Amenazas y violencia contra la persona o su familia.
topic-work-conditions = Condiciones de trabajo
topic-work-conditions-description = En qué consistía el trabajo y cómo era una jornada.
topic-working-hours = Horario de trabajo
topic-working-hours-description = Cuántas horas y con qué frecuencia tenía que trabajar la persona, y los días de descanso.
topic-payment-and-debt = Pago y deuda
topic-payment-and-debt-description = Salario, descuentos y cualquier deuda que le dijeran a la persona que tenía.
topic-identity-documents = Documentos de identidad
topic-identity-documents-description = El pasaporte y otros documentos: quién los tenía y cuándo.
topic-injuries-and-health = Lesiones y salud
topic-injuries-and-health-description = Lesiones, enfermedades y acceso a atención médica.
topic-sexual-exploitation = Explotación sexual
topic-sexual-exploitation-description = Explotación y abuso sexuales.
topic-other-victims = Otras víctimas
topic-other-victims-description = Otras personas en la misma situación.
topic-perpetrators = Personas implicadas
topic-perpetrators-description = Las personas implicadas: nombres, funciones, descripciones.
topic-locations = Lugares
topic-locations-description = Lugares: direcciones, lugares de trabajo, rutas.
topic-evidence-held = Pruebas en su poder
topic-evidence-held-description = Mensajes, fotos, papeles u objetos que la persona aún conserva.
topic-escape = Salida de la situación
topic-escape-description = Cómo terminó la situación o cómo logró salir de ella la persona.
topic-current-safety = Seguridad actual
topic-current-safety-description = La seguridad y las necesidades actuales de la persona.

## Preguntas

questions-intro = Lo que cada organismo necesita saber. Las formula todas un único entrevistador/a principal, así que escríbalas como preguntas abiertas en el idioma de la persona sobreviviente; el revisor comenta la redacción mientras usted escribe.
questions-need-agency = Añada primero los organismos que necesitan respuestas.
questions-go-to-agencies = Ir a Organismos
questions-group-empty = { $agency } todavía no tiene preguntas.
questions-group-list = Preguntas de { $agency }
questions-agency-groups = Preguntas por organismo
questions-add-for = Añadir una pregunta para { $agency }
questions-add-heading = Nueva pregunta
questions-edit-heading = Modificar la pregunta
questions-agency = Organismo que necesita la respuesta
questions-agency-choose = Elija un organismo
questions-text = Pregunta
questions-text-hint = Las preguntas abiertas funcionan mejor: Cuénteme…, Describa…, Explique…
questions-language = Idioma de la pregunta
questions-language-hint = Se elige por su nombre. El idioma preferido de la persona sobreviviente es { $language }; el revisor lee inglés, español, francés y portugués.
questions-topics = Temas por los que pregunta
questions-topics-label = Temas
questions-topics-none = Ningún tema
questions-phase = Fase PEACE
questions-phase-plan = Planificar y preparar
questions-phase-plan-explained = Antes de la entrevista: qué necesita saber el equipo y cómo preguntarlo.
questions-phase-engage = Entablar relación y explicar
questions-phase-engage-explained = Crear un clima de confianza y explicar la finalidad, las normas y los derechos de la persona sobreviviente, incluido el derecho a detener la entrevista.
questions-phase-account = Relato
questions-phase-account-explained = Relato libre de la persona sobreviviente con sus propias palabras y, después, preguntas abiertas para aclarar.
questions-phase-closure = Cierre
questions-phase-closure-explained = Resumir, responder a las preguntas de la persona sobreviviente, explicar qué pasará después y terminar con calma.
questions-phase-evaluate = Evaluar
questions-phase-evaluate-explained = Después de la entrevista: qué se ha sabido y qué falta todavía.
questions-priority = Prioridad
questions-priority-high = Alta
questions-priority-normal = Normal
questions-priority-low = Baja
questions-save = Guardar la pregunta
questions-added = Se añadió la pregunta.
questions-saved = Se guardó la pregunta.
questions-removed = Se quitó la pregunta.
questions-error-agency = Elija el organismo que necesita la respuesta.
questions-error-text = Escriba la pregunta.
questions-edit = Editar
questions-edit-named = Editar: { $question }
questions-move-up = Subir
questions-move-up-named = Subir: { $question }
questions-move-down = Bajar
questions-move-down-named = Bajar: { $question }
questions-moved-up = Se subió: { $question }
questions-moved-down = Se bajó: { $question }
questions-remove = Quitar
questions-remove-named = Quitar: { $question }
questions-remove-title = ¿Quitar esta pregunta?
questions-remove-message = «{ $question }» se quita del caso y de todos los planes de sesión.
questions-remove-confirm = Quitar pregunta
questions-in-use = «{ $question }» no se puede quitar: una sugerencia aceptada en Hallazgos la modificó o fusionó otra pregunta con ella. Primero deshaga esa sugerencia.

## El revisor de preguntas

questions-coach-heading = Revisor de preguntas
questions-coach-waiting = El revisor comenta la redacción mientras usted escribe.
questions-coach-none = El revisor no tiene ninguna observación sobre esta redacción.
questions-coach-count = { $count ->
    [one] El revisor tiene 1 observación sobre esta redacción.
   *[other] El revisor tiene { $count } observaciones sobre esta redacción.
}
questions-coach-unsupported = El revisor no puede leer preguntas en { $language }; lee inglés, español, francés y portugués.
questions-coach-leading = Sugestiva: sugiere su propia respuesta, lo que puede contaminar la prueba.
questions-coach-compound = Dos preguntas en una: pregunte una sola cosa cada vez.
questions-coach-forced-choice = Opción forzada: solo ofrece las opciones de quien entrevista.
questions-coach-why = Pregunta «por qué», lo que puede sonar a reproche.
questions-coach-jargon = Jerga: una palabra que la persona sobreviviente quizá no conozca.
questions-coach-closed = Cerrada: invita a responder sí o no durante el relato libre.
questions-coach-trigger = Las palabras: «{ $words }»
questions-coach-suggestion = Redacción abierta: { $wording }
questions-coach-use = Usar esta redacción

## Situación de cada pregunta y lo que dice de ella el planificador

questions-status = Situación
questions-status-asked = Se formulará en la entrevista.
questions-status-merged = No se formula por separado: se fusionó con «{ $question }» ({ $agency }), que se formula una sola vez para todos los organismos.
questions-status-merged-unknown = No se formula por separado: se fusionó con una pregunta que ya no está en este caso.
questions-status-answered = No se formula: la responde el registro de { $account }.
questions-status-awaiting = Por ahora no se formula: se espera a que la persona sobreviviente decida si el registro de { $account } puede compartirse con { $agencies }.
questions-status-credited = Se formula una sola vez y sirve también para { $agencies }.
questions-record-unknown = un relato previo que ya no está en este caso
questions-findings-heading = Lo que dice el planificador
questions-finding-already-told = La persona sobreviviente ya contó esto con detalle en { $account }, y se puede consultar el registro. Revise el registro en lugar de volver a preguntar.
questions-finding-consent-to-share-missing = La persona sobreviviente ya contó esto con detalle en { $account }, pero no ha aceptado que ese registro se comparta con { $agencies }. En lugar de volver a hacer la pregunta, pregúntele si acepta compartir el registro.
questions-finding-share-consent-given = La persona sobreviviente aceptó compartir el registro de { $account } con { $agencies }: ahora el registro puede responder a esta pregunta.
questions-finding-share-consent-refused = La persona sobreviviente no aceptó compartir el registro de { $account } con { $agencies }. Deshaga el paso que apartó la pregunta para formularla en la entrevista, o prescinda de ella.
questions-finding-duplicate = { $agencies } preguntan por los mismos temas con palabras casi idénticas. Pregúntelo una sola vez: el entrevistador/a principal formula una única pregunta para todos los organismos.
questions-finding-consent-missing = Consultar el registro para { $agencies } requiere el consentimiento de la persona sobreviviente para compartirlo, y no consta ninguno.
questions-finding-consent-declined = La persona sobreviviente no aceptó compartir el registro con { $agencies }.
questions-finding-consent-withdrawn = La persona sobreviviente retiró su consentimiento para compartir el registro con { $agencies }.
questions-finding-sensitive-before-rapport = Pregunta por un tema sensible antes que cualquier pregunta de la sesión destinada a crear un clima de confianza (fase Entablar relación y explicar). Colóquela después de las preguntas de esa fase.
questions-finding-avoided-topic = Toca un tema sobre el que la persona sobreviviente pidió que no se le preguntara. Elimínela, o acuerde antes con la persona sobreviviente cómo abordarlo.
questions-finding-covered-by-evidence = Las pruebas obtenidas ({ $evidence }) ya muestran todos los temas de esta pregunta. Pregunte solo lo que no pueden mostrar: una confirmación, o la propia experiencia de la persona sobreviviente.
questions-finding-not-carried-over = No se formuló en { $session } y ninguna sesión pendiente la incluye. Trasládela a la próxima sesión.
questions-finding-coach = { $remark } Las palabras: «{ $trigger }». Redacción abierta: { $rewording }

## Solicitudes de preguntas a organismos y sus respuestas: por qué se rechaza una solicitud o una respuesta

exchange-error-due-before-request = Las preguntas vencerían antes de enviar la solicitud. Elija una fecha posterior.
exchange-error-unknown-request = Este caso no envió esa solicitud de preguntas. La respuesta corresponde a otro caso o a una solicitud hecha en otra bóveda.
exchange-error-wrong-token = La respuesta no lleva el código secreto de respuesta de la solicitud, así que no se hizo a partir de ella. No se incorporó.
exchange-error-wrong-agency = La solicitud se envió a { $agency }, pero la respuesta viene de { $found }. No se incorporó.
exchange-error-already-merged = Esta es la respuesta { $sequence } y ya se incorporó la respuesta { $merged } de la misma solicitud. Una respuesta anterior no puede volver a incorporarse.
exchange-error-foreign-question = La respuesta incluye { $question }, que planteó otro organismo. Un organismo solo devuelve sus propias preguntas.
exchange-error-question-twice = La respuesta incluye { $question } dos veces. El archivo está dañado.
exchange-error-conflict-undecided = Usted y el organismo cambiaron { $question } desde la solicitud. Elija qué versión conservar.
contribution-error-not-a-question-change = Aquí se añaden, cambian y retiran las preguntas propias de su organismo. Todo lo demás queda como lo envió el organismo que coordina.
contribution-error-not-own-question = { $question } es una pregunta de otro organismo. Solo el organismo que coordina la cambia.
contribution-error-edit = Ese cambio no se hizo: { $reason }

## Solicitudes de preguntas: la persona que dirige pide sus preguntas a los organismos y fusiona lo que devuelven

requests-heading = Solicitudes de preguntas
requests-intro = Pida a cada organismo sus preguntas desde su propio dispositivo: envíele un archivo de solicitud, cifrado para que solo él pueda abrirlo, y fusione las preguntas que devuelva en este único plan. La solicitud contiene solo lo que la persona sobreviviente aceptó compartir con ese organismo.
requests-make-heading = Pedir sus preguntas a un organismo
requests-no-agency = Añada primero los organismos del caso: una solicitud va a uno de ellos.
requests-agency = Organismo al que pedir
requests-lead = Su organismo, tal como lo verán
requests-lead-hint = El organismo ve este nombre en la solicitud y devuelve sus preguntas a esta bóveda.
requests-due = Preguntas para el
requests-note = Nota para el organismo (opcional)
requests-lock = Proteger la solicitud con
requests-lock-contact = La clave para compartir de { $contact } (huella aún no comparada)
requests-lock-contact-verified = La clave para compartir de { $contact } (huella comparada)
requests-lock-passphrase = Una frase de contraseña que daré por teléfono
requests-lock-hint = Con la clave para compartir del organismo, solo su bóveda abre el archivo. Sin ella, elija una frase de contraseña y désela al organismo por otro canal que el archivo.
requests-passphrase = Frase de contraseña de la solicitud
requests-passphrase-hint = Déselo al organismo por teléfono o en persona, nunca con el archivo.
requests-make = Crear el archivo de solicitud
requests-making = Creando el archivo de solicitud…
requests-made-key = Archivo de solicitud creado para { $agency }, protegido con la clave para compartir de { $contact } (huella { $fingerprint }): solo su bóveda lo abre. Envíeles el archivo.
requests-made-passphrase = Archivo de solicitud creado para { $agency }, protegido con la frase de contraseña que escribió. Envíeles el archivo y deles la frase por otro canal.
requests-error-agency = Elija el organismo al que pedir.
requests-error-lead = Escriba el nombre de su organismo: el organismo lo ve en la solicitud.
requests-error-due = Indique la fecha para la que se esperan las preguntas.
requests-error-contact = Ese contacto ya no está en esta bóveda. Elija otra clave o una frase de contraseña.
requests-sent-heading = Solicitudes enviadas
requests-sent-none = Aún no se ha enviado ninguna solicitud.
requests-sent-line = { $agency }: enviada el { $sent }, para el { $due }. { $merged ->
    [0] Aún no se ha fusionado ninguna respuesta.
    [one] Respuesta 1 fusionada.
   *[other] Respuestas hasta la { $merged } fusionadas.
}
requests-return-heading = Fusionar una respuesta
requests-return-file = Archivo de respuesta
requests-return-read = Leer la respuesta
requests-return-choose = Elija el archivo de respuesta que envió el organismo.
requests-return-unreadable = El navegador no pudo leer el archivo elegido. Elíjalo de nuevo.
requests-preview-heading = Respuesta { $sequence } de { $agency }
requests-preview-changes = Cambios de la respuesta
requests-preview-nothing = Esta respuesta no cambia nada: las preguntas del organismo están como las tiene este caso.
requests-headline-change = Este plan evita ahora { $before } preguntas repetidas; fusionada, evitaría { $after }.
requests-change-new = Pregunta nueva: «{ $words }»
requests-change-changed = Pregunta cambiada: «{ $words }»
requests-change-withdrawn = Pregunta retirada: «{ $words }»
requests-conflict = Usted también cambió esta pregunta desde la solicitud. Elija la versión que se queda; a { $agency } no se le comunica.
requests-keep-lead = Quedarse con la suya: «{ $words }»
requests-keep-removed = Mantenerla eliminada, como hizo usted
requests-take-returned = Tomar la de { $agency }: «{ $words }»
requests-take-withdrawal = Aceptar la retirada de { $agency }
requests-change-refused = Este cambio no puede hacerse tal como está el caso, y se deja fuera: { $reason } Volverá con la próxima respuesta del organismo.
requests-merge = Fusionar la respuesta
requests-discard = Dejar la respuesta a un lado
requests-merged = Respuesta { $sequence } de { $agency } fusionada. Cada cambio está en el historial del caso.
## El espacio de contribución: una solicitud de preguntas de otro organismo, abierta en esta bóveda

contribution-back = Volver a Intercambio
contribution-loading = Abriendo la contribución…
contribution-missing-heading = Solicitud no encontrada
contribution-heading = Solicitud { $code } de { $lead }
contribution-own-count = { $count ->
    [one] { $agency } plantea 1 pregunta.
   *[other] { $agency } plantea { $count } preguntas.
}
contribution-sent-heading = Lo que le enviaron
contribution-sent-intro = Tal como lo envió el organismo que coordina, solo lectura: únicamente lo que la persona sobreviviente consintió compartir con su organismo.
contribution-lead = Organismo que coordina
contribution-for = Su organismo en el caso
contribution-sent-at = Enviada
contribution-due = Plazo de las preguntas
contribution-note = Nota del organismo que coordina
contribution-no-note = Sin nota.
contribution-language = Idioma de la persona sobreviviente
contribution-interpreter = Necesita intérprete
contribution-age-group = Grupo de edad
contribution-accommodations = Adaptaciones
contribution-avoid = Temas que evitar
contribution-support = Persona de apoyo
contribution-yes = Sí
contribution-no = No
contribution-none = Ninguno
contribution-told-heading = Lo que la persona sobreviviente ya ha contado
contribution-told-in = (en { $records })
contribution-told-none = Nada de lo que contó la persona sobreviviente se comparte con su organismo.
contribution-questions-heading = Sus preguntas
contribution-questions-intro = Añada, cambie y retire las preguntas de su organismo, con las sugerencias del asistente mientras las escribe. Los hallazgos muestran lo que la persona sobreviviente ya ha contado y qué preguntas ya hace otro organismo.
contribution-others-read-only = Las preguntas de { $agency } se muestran tal como las envió el organismo que coordina: solo él puede cambiarlas.
contribution-save-failed = Su último cambio se muestra aquí, pero no se guardó en la bóveda: { $reason } Mantenga esta página abierta e inténtelo de nuevo.
contribution-save-retry = Volver a intentar guardar
contribution-return-heading = Devolver al organismo que coordina
contribution-return-intro = Escribe un archivo con las preguntas de su organismo, cifrado para que solo { $lead } pueda abrirlo. No contiene nada más de su bóveda.
contribution-no-return-yet = Todavía no se ha escrito ninguna respuesta.
contribution-returns-made = Respuestas escritas hasta ahora: { $sequence }.
contribution-return = Devolver al organismo que coordina
contribution-returning = Escribiendo la respuesta…
contribution-returned = Respuesta { $sequence } escrita: envíe este archivo a { $lead }. No contiene nada más de su bóveda.
contribution-return-failed = La respuesta no se escribió: { $reason }
contribution-return-download-failed = La respuesta se escribió, pero el navegador no guardó el archivo. Inténtelo de nuevo: la siguiente respuesta contiene las mismas preguntas.
