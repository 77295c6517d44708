### Textos de la parte de sesiones del espacio de trabajo del caso: el plan de la sesión, los hallazgos y la matriz de cobertura.

## Plan de la sesión

session-intro = Planifique cada sesión de entrevista: cuándo y dónde, quién está en la sala y con qué función, las pausas y las preguntas en el orden de las fases PEACE. Los hallazgos del planificador sobre bienestar y funciones de cada sesión aparecen a su lado y cambian a medida que usted edita.
session-none = Todavía no hay ninguna sesión planificada.
session-add = Añadir una sesión
session-name = Sesión { $number }, { $date }
session-name-gone = Una sesión que ya no está en el plan
session-date = Fecha y hora
session-error-date = Escriba una fecha y una hora, por ejemplo, 3 de marzo de 2026 a las 10:00.
session-place = Lugar
session-place-hint = Con palabras sencillas; por ejemplo: sala familiar, centro de orientación de Tessaly Cross.
session-location = Tipo de lugar
session-location-neutral-room = Sala de entrevistas neutral
session-location-ngo-premises = Instalaciones de una ONG
session-location-child-friendly-room = Sala adaptada a la infancia
session-location-police-station = Comisaría de policía
session-location-immigration-office = Oficina de migración
session-location-medical = Centro médico
session-location-other = Otro lugar
session-language = Idioma de la sesión
session-language-hint = El idioma que hablan quienes entrevistan, elegido por su nombre. El idioma de la persona sobreviviente es { $survivor }; si son distintos, debe asistir un/a intérprete.
session-duration = Duración en minutos
session-duration-hint = Planifique pausas para que ningún tramo sea demasiado largo.
session-error-duration = Escriba la duración como un número entero de minutos mayor que 0; por ejemplo, 90.
session-breaks = Pausas
session-breaks-none = No hay ninguna pausa planificada.
session-break-at = Pausa tras { $minutes } minutos
session-break-remove-named = Quitar la pausa tras { $minutes } minutos
session-break-new = Nueva pausa, en minutos desde el inicio
session-break-add = Añadir pausa
session-break-hint = Un número entero de minutos entre 1 y { $duration }.
session-error-break = Escriba la pausa como un número entero de minutos desde el inicio, mayor que 0 y menor que los { $duration } minutos de la sesión.
session-error-break-taken = Ya hay una pausa tras { $minutes } minutos.
session-remove-item = Quitar
session-attendees = Personas en la sala
session-attendees-count = { $count ->
    [0] Todavía no figura nadie además de la persona sobreviviente.
    [one] 1 persona además de la persona sobreviviente.
   *[other] { $count } personas además de la persona sobreviviente.
}
session-attendee-legend = Persona { $number }
session-attendee-legend-named = Persona { $number }: { $name }
session-attendee-name = Nombre o función
session-attendee-agency = Organismo
session-attendee-no-agency = Ningún organismo
session-attendee-role = Función
session-attendee-remove-named = Quitar a { $person }
session-attendee-add-legend = Añadir una persona a la sala
session-attendee-hint = Se puede indicar el nombre de los profesionales, o escribir una función, como entrevistador/a de la policía. Nunca el nombre de la persona sobreviviente.
session-attendee-add = Añadir persona
session-error-attendee-name = Escriba un nombre o una función, como entrevistador/a de la policía.
session-role-lead-interviewer = Entrevistador/a principal
session-role-note-taker = Persona que toma notas
session-role-interpreter = Intérprete
session-role-support-person = Persona de apoyo
session-role-observer = Observador/a
session-role-legal-representative = Representante legal
session-role-guardian = Tutor/a legal
session-role-other = Otra función
session-support-declined = A la persona sobreviviente se le ofreció una persona de apoyo y la rechazó
session-consent-legend = Requiere el consentimiento de la persona sobreviviente
session-consent-hint = Cada uno de estos elementos requiere el consentimiento informado de la persona sobreviviente para esa finalidad, registrado en la sección Consentimiento. Sin él, el elemento queda bloqueado.
session-needs-recording = Grabación de audio o vídeo (requiere consentimiento para la grabación)
session-medical-examination = Examen médico (requiere consentimiento para un examen médico)
session-photographs = Fotografías (requieren consentimiento para fotografías)
session-questions = Preguntas, en el orden de las fases PEACE
session-questions-none = Todavía no hay ninguna pregunta en esta sesión.
session-questions-gone = Preguntas que ya no están en el caso
session-questions-none-to-add = No hay preguntas que añadir: todas las preguntas pendientes ya están en esta sesión, o el caso aún no tiene ninguna. Las preguntas se añaden en la sección Preguntas.
session-question-pick = Pregunta que se añade
session-question-option = { $phase }: { $text } ({ $agency })
session-question-add = Añadir a la sesión
session-question-up = Subir
session-question-up-named = Subir: { $question }
session-question-down = Bajar
session-question-down-named = Bajar: { $question }
session-question-remove-named = Quitar de esta sesión: { $question }
session-question-merged = Ya no se formula: se fusionó con otra pregunta.
session-question-answered-by-record = Ya no se formula: la responde el registro de un relato previo.
session-question-awaiting-consent = Ya no se formula: a la espera de que la persona sobreviviente decida si se comparte un registro.
session-remove = Quitar la sesión
session-remove-named = Quitar la sesión: { $session }
session-remove-title = ¿Quitar { $session }?
session-remove-message = Se quitan la fecha, el lugar, las personas, las pausas y el orden de las preguntas de la sesión. Sus preguntas siguen en el caso.
session-remove-confirm = Quitar sesión
session-findings-heading = Bienestar y funciones: { $session }
session-findings-count = { $count ->
    [0] No hay hallazgos de bienestar ni de funciones para esta sesión.
    [one] 1 hallazgo de bienestar o de funciones para esta sesión.
   *[other] { $count } hallazgos de bienestar o de funciones para esta sesión.
}

## Hallazgos

findings-intro = Todo lo que el planificador encontró en este caso, regla por regla. Cuando propone un cambio, puede aceptarlo con un clic; cualquier sugerencia aceptada se puede deshacer.
findings-summary = { $count ->
    [0] Ningún hallazgo.
    [one] 1 hallazgo. Bloqueantes: { $blocking }; advertencias: { $warning }; informativos: { $info }.
   *[other] { $count } hallazgos. Bloqueantes: { $blocking }; advertencias: { $warning }; informativos: { $info }.
}
findings-rule-heading = { $rule } ({ $count })
findings-rule-none = No se encontró nada.
findings-rule-already-told = Ya contado
findings-rule-already-told-checks = Una pregunta cuyos temas la persona sobreviviente ya contó todos con detalle, en un registro que el equipo puede obtener y compartir; una sesión ya celebrada que no se ha registrado; preguntas que una sesión celebrada no formuló y que ninguna sesión posterior incluye.
findings-rule-duplicates = Preguntas duplicadas
findings-rule-duplicates-checks = Organismos que preguntan por los mismos temas con palabras casi idénticas.
findings-rule-retelling = Repetición del relato
findings-rule-retelling-checks = Temas que la persona sobreviviente contaría más de dos veces en total.
findings-rule-consent = Consentimiento
findings-rule-consent-checks = Sesiones, grabaciones, exámenes médicos, fotografías, registros y derivaciones que no cuentan con el consentimiento de la persona sobreviviente.
findings-rule-wellbeing = Bienestar
findings-rule-wellbeing-checks = Tramos largos sin pausa, una sala con demasiada gente, la falta de intérprete o de persona de apoyo, un lugar intimidante, temas sensibles antes de crear un clima de confianza, temas que la persona sobreviviente pidió evitar.
findings-rule-roles = Funciones
findings-rule-roles-checks = Exactamente un/a entrevistador/a principal y una persona oficial que toma notas en cada sesión.
findings-rule-coach = Revisor de preguntas
findings-rule-coach-checks = Preguntas sugestivas, compuestas, de opción forzada, de «por qué» y con jerga, y preguntas cerradas durante el relato libre.
findings-severity-blocking = Bloqueante
findings-severity-warning = Advertencia
findings-severity-info = Informativo
findings-concerns = Afecta a:
findings-suggestion = Sugerencia:
findings-accept = Aceptar
findings-accept-named = Aceptar: { $suggestion }
findings-accepted-done = Aceptada y añadida a Sugerencias aceptadas, donde puede deshacerla: { $suggestion }
findings-undone = Deshecha: { $suggestion }
findings-accepted-heading = Sugerencias aceptadas ({ $count })
findings-accepted-none = Todavía no se ha aceptado ninguna sugerencia.
findings-accepted-hint = De la más antigua a la más reciente. Al deshacer una, sus preguntas vuelven a quedar como estaban.
findings-undo = Deshacer
findings-undo-named = Deshacer: { $suggestion }
findings-quoted = «{ $text }»
findings-question-name = Pregunta «{ $text }» ({ $agency })
findings-question-gone = una pregunta que ya no está en el caso
findings-agency-gone = un organismo que ya no está en el caso
findings-account-name = { $form } ante { $agency }, { $date }
findings-account-gone = un relato previo que ya no está en el caso
findings-subject-wording = Las palabras «{ $words }» en «{ $question }»
findings-subject-consent = Consentimiento para { $purpose }
findings-subject-referral = Derivación a { $service }
findings-subject-topic = Tema: { $topic }
findings-purpose-take-part = participar
findings-purpose-recording = la grabación en audio o vídeo
findings-purpose-use-as-evidence = usar su relato como prueba
findings-purpose-share-record = compartir un registro con { $agency }
findings-purpose-referral = una derivación a { $service }
findings-purpose-medical-examination = un examen médico
findings-purpose-photographs = fotografías
findings-purpose-contact-afterwards = el contacto posterior
findings-suggest-merge = Apartar { $merged } y preguntar una sola vez, a través del entrevistador/a principal, para todos los organismos: «{ $keep }»
findings-suggest-answered-by-record = Revisar el registro ({ $record }) en lugar de preguntar «{ $question }»
findings-suggest-request-share-consent = Preguntar a la persona sobreviviente si el registro ({ $record }) puede compartirse con { $agencies }, en lugar de volver a preguntar «{ $question }»
findings-suggest-reword = Reformular «{ $question }» como «{ $text }»
findings-kind-already-told = Ya contado en un registro
findings-kind-consent-to-share-missing = Ya contado, pero todavía no se puede compartir el registro
findings-kind-share-consent-given = Ahora se puede compartir el registro
findings-kind-share-consent-refused = La persona sobreviviente no aceptó compartir el registro
findings-kind-session-not-recorded = Una sesión ya celebrada sin registrar
findings-kind-not-carried-over = Preguntas que no se formularon ni se han trasladado
findings-kind-duplicate-question = La misma pregunta de varios organismos
findings-kind-retold-topic = Un tema contado demasiadas veces
findings-kind-consent-missing = Consentimiento no registrado
findings-kind-consent-declined = Consentimiento denegado
findings-kind-consent-withdrawn = Consentimiento retirado
findings-kind-long-without-break = Demasiado tiempo sin pausa
findings-kind-too-many-attendees = Demasiadas personas en la sala
findings-kind-interpreter-missing = Sin intérprete
findings-kind-no-support-person = Sin persona de apoyo
findings-kind-intimidating-location = Un lugar intimidante
findings-kind-sensitive-before-rapport = Un tema sensible antes de crear un clima de confianza
findings-kind-avoided-topic = Un tema que la persona sobreviviente pidió evitar
findings-kind-no-lead-interviewer = Sin entrevistador/a principal
findings-kind-several-lead-interviewers = Varios/as entrevistadores/as principales
findings-kind-no-note-taker = Sin persona que toma notas
findings-kind-several-note-takers = Varias personas que toman notas
findings-kind-coach-leading = Pregunta sugestiva
findings-kind-coach-compound = Dos preguntas en una
findings-kind-coach-forced-choice = Opción forzada
findings-kind-coach-why = Una pregunta de «por qué»
findings-kind-coach-jargon = Jerga
findings-kind-coach-closed-in-free-recall = Pregunta cerrada durante el relato libre
findings-explain-already-told = La persona sobreviviente ya contó con detalle todos los temas de esta pregunta en este relato previo. El equipo puede obtener el registro y compartirlo con los organismos que preguntan: revise el registro en lugar de volver a preguntar.
findings-explain-consent-to-share-missing = La persona sobreviviente ya contó esto con detalle en este relato previo, pero no ha aceptado que el registro se comparta con { $agencies }. En lugar de volver a hacer la pregunta, pregúntele si acepta compartir el registro.
findings-explain-share-consent-given = La persona sobreviviente aceptó compartir este registro: ahora la pregunta puede responderse a partir de él.
findings-explain-share-consent-refused = La persona sobreviviente no aceptó compartir este registro. La pregunta se apartó a la espera de ese consentimiento: deshaga ese paso en Sugerencias aceptadas para formularla en la entrevista, o prescinda de ella.
findings-explain-session-not-recorded = Ya pasó la hora prevista para esta sesión y no consta como celebrada. Registre lo que ocurrió: hasta entonces, lo que la persona sobreviviente contó en ella no figura en ningún registro, y el próximo plan volverá a preguntárselo. Si la sesión no llegó a celebrarse, cambie la fecha del plan o elimínelo.
findings-explain-not-carried-over = En esta sesión { $count ->
    [one] quedó sin formular una pregunta que aún necesita
   *[other] quedaron sin formular { $count } preguntas que aún necesitan
} respuesta (por negativa de la persona sobreviviente, por falta de tiempo o por aplazamiento a una sesión posterior), y ninguna sesión pendiente { $count ->
    [one] la incluye. Trasládela a la próxima sesión: conserva su organismo y su prioridad.
   *[other] las incluye. Trasládelas a la próxima sesión: cada una conserva su organismo y su prioridad.
}
findings-explain-duplicate-question = Estas preguntas de distintos organismos preguntan por los mismos temas con palabras casi idénticas. Pregúntelo una sola vez: el entrevistador/a principal formula una única pregunta para todos los organismos, que cuenta para todos ellos.
findings-explain-retold-topic = La persona sobreviviente ya ha hablado del tema «{ $topic }» { $told ->
    [one] una vez
   *[other] { $told } veces
}, y este plan le preguntaría por él { $planned ->
    [one] una vez más
   *[other] { $planned } veces más
}. Busque preguntas que se puedan fusionar o responder a partir de un registro.
findings-explain-consent-missing = Esto requiere el consentimiento de la persona sobreviviente para { $purpose }, y no se ha pedido ni registrado. No puede seguir adelante hasta que la persona sobreviviente lo dé.
findings-explain-consent-declined = Esto requiere el consentimiento de la persona sobreviviente para { $purpose }, y lo denegó. No puede realizarse según lo previsto.
findings-explain-consent-withdrawn = Esto requiere el consentimiento de la persona sobreviviente para { $purpose }, y lo retiró. No puede realizarse según lo previsto.
findings-explain-long-without-break = Esta sesión dura más de { $limit } minutos sin una pausa. Planifique una pausa al menos cada { $limit } minutos.
findings-explain-too-many-attendees = Hay { $count } personas en la sala además de la persona sobreviviente. Limítelas a { $limit } como máximo, y deje que las demás sigan la entrevista desde otra sala.
findings-explain-interpreter-missing-language = No asiste ningún/a intérprete, pero el idioma de la persona sobreviviente ({ $survivor }) es distinto del de la sesión ({ $session }).
findings-explain-interpreter-missing-profile = No asiste ningún/a intérprete, pero el perfil de la persona sobreviviente indica que se necesita.
findings-explain-no-support-person = No asiste ninguna persona de apoyo, y no consta que se haya ofrecido y rechazado. Ofrezca una persona de apoyo a la persona sobreviviente.
findings-explain-intimidating-location = La sesión se celebra en un lugar de este tipo ({ $place }), que puede asustar a una persona sobreviviente. Es preferible una sala neutral, las instalaciones de una ONG o una sala adaptada a la infancia.
findings-explain-sensitive-before-rapport = Esta pregunta trata un tema sensible antes que cualquier pregunta de la sesión destinada a crear un clima de confianza (fase Entablar relación y explicar). Colóquela después de las preguntas de esa fase.
findings-explain-avoided-topic = Esta pregunta toca un tema sobre el que la persona sobreviviente pidió que no se le preguntara. Elimínela, o acuerde antes con la persona sobreviviente cómo abordarlo.
findings-explain-no-lead-interviewer = Nadie figura como entrevistador/a principal. Designe a una persona que formule las preguntas de todos los organismos.
findings-explain-several-lead-interviewers = Hay { $count } personas como entrevistador/a principal. Mantenga solo una, que pregunte en nombre de todos los organismos; las demás pueden observar.
findings-explain-no-note-taker = Nadie figura como persona que toma notas. Designe a una persona oficial para tomar notas.
findings-explain-several-note-takers = Hay { $count } personas que toman notas. Mantenga un único registro oficial: varios registros de una misma entrevista pueden contradecirse.
findings-explain-coach-leading = «{ $words }» sugiere su propia respuesta, lo que puede contaminar la prueba.
findings-explain-coach-compound = «{ $words }» pregunta dos cosas a la vez. Pregunte una cada vez.
findings-explain-coach-forced-choice = «{ $words }» solo ofrece las opciones de quien entrevista durante el relato libre.
findings-explain-coach-why = «{ $words }» pregunta por qué, lo que puede sonar a reproche.
findings-explain-coach-jargon = «{ $words }» es una palabra que la persona sobreviviente quizá no conozca.
findings-explain-coach-closed-in-free-recall = «{ $words }» invita a responder sí o no durante el relato libre.
findings-error-unknown-question = Esa pregunta ya no está en el caso, así que no se cambió nada.
findings-error-unknown-account = El relato previo que menciona esta sugerencia ya no está en el caso, así que no se cambió nada.
findings-error-question-set-aside = «{ $question }» ya está apartada (fusionada, respondida con un registro o a la espera de consentimiento). Primero deshaga ese paso en Sugerencias aceptadas.
findings-error-merge-distinct = Esta fusión necesita una pregunta que se conserve y al menos otra pregunta, así que no se cambió nada.
findings-error-record-not-obtainable = El registro ({ $record }) no se puede obtener, así que no puede sustituir a la pregunta. Márquelo como obtenible en Relatos previos cuando el equipo pueda conseguirlo.
findings-error-record-does-not-cover = El registro ({ $record }) no cubre con detalle todos los temas de «{ $question }», así que no puede sustituir a la pregunta.
findings-error-share-consent-not-given = La persona sobreviviente no ha aceptado compartir el registro ({ $record }) con { $agency }. Primero registre ese consentimiento en la sección Consentimiento.
findings-error-empty-rewording = La nueva redacción está vacía, así que no se cambió nada.
findings-error-no-such-accepted = Esa sugerencia aceptada ya no está en la lista; puede que ya se haya deshecho. No se cambió nada.
findings-error-undo-blocked = Todavía no se puede deshacer: la sugerencia aceptada { $number } ({ $later }) modificó después las mismas preguntas. Deshaga primero esa.

## Cobertura

coverage-intro = Dónde ya contó la persona sobreviviente cada tema, y dónde este plan volvería a preguntar por él. Una fila con celdas de contado y de planificado indica que el relato se repetiría.
coverage-legend = Marcas de la tabla
coverage-legend-told = Contado en un relato previo o en una sesión realizada, con el grado de detalle
coverage-legend-planned = Planificado: pendiente de preguntar en esa sesión, o en el plan mientras la pregunta aún no esté en ninguna sesión
coverage-legend-avoided = Evitado: una sugerencia aceptada apartó una pregunta sobre el tema
coverage-legend-retold = La persona sobreviviente contaría el tema más de una vez en total
coverage-caption = Temas frente a relatos previos, sesiones realizadas y sesiones planificadas
coverage-col-topic = Tema
coverage-col-account = Relato previo:
coverage-col-held = Sesión realizada:
coverage-cell-held = Formuladas { $asked }, no formuladas { $notAsked }
coverage-col-unscheduled = Aún sin sesión
coverage-col-evidence = Pruebas
coverage-cell-evidence = { $kind }: { $status }
coverage-col-already-told = Ya contado
coverage-col-planned-raw = Planificado en el plan tal como se redactó
coverage-col-planned-now = Planificado ahora
coverage-cell-nothing = nada
coverage-cell-told = Contado, { $level }
coverage-cell-planned = { $count ->
    [one] Planificado: 1 pregunta
   *[other] Planificado: { $count } preguntas
}
coverage-cell-avoided = { $count ->
    [one] Evitado: 1 pregunta
   *[other] Evitado: { $count } preguntas
}
coverage-level-mentioned = solo mencionado
coverage-level-partial = en parte
coverage-level-detailed = con detalle
coverage-retold = Repetido
coverage-retold-too-often = Repetido demasiadas veces
coverage-none = Todavía no aparece ningún tema en un relato previo ni en una pregunta. Añada relatos previos y preguntas, y sus temas aparecerán aquí.
coverage-totals = { $questions ->
    [one] Las sugerencias aceptadas ahorran 1 pregunta a la persona sobreviviente
   *[other] Las sugerencias aceptadas ahorran { $questions } preguntas a la persona sobreviviente
}: { $askings ->
    [one] en total, se pregunta por los temas 1 vez menos.
   *[other] en total, se pregunta por los temas { $askings } veces menos.
}

## Sesiones celebradas: por qué se rechaza el registro de una sesión que tuvo lugar, una corrección o un traslado

held-error-already-held = Esta sesión ya está registrada como celebrada. Corrija su registro.
held-error-not-held = Esta sesión aún no está registrada como celebrada.
held-error-plan-held = Esta sesión ya se celebró, así que su plan queda como estaba. Corrija el registro de la sesión.
held-error-account-stands-for-session = Este relato previo corresponde a { $session }, que ya se celebró. Cambia con el registro de la sesión y no se puede modificar ni quitar por separado.
held-error-account-changed = Una corrección conserva el relato previo que corresponde a la sesión.
held-error-ends-before-start = La sesión termina antes de empezar. Revise la hora de inicio y la de fin.
held-error-stopped-outside = Indique una hora entre el inicio y el fin de la sesión para el momento en que la persona sobreviviente detuvo la entrevista.
held-error-break-outside = Una pausa tras { $minutes } minutos queda fuera de la sesión.
held-error-lead-interviewers = { $count ->
    [0] Indique quién dirigió la entrevista como entrevistador/a principal.
   *[other] Hay { $count } personas registradas como entrevistador/a principal. Deje solo a quien hizo las preguntas.
}
held-error-lead-without-agency = Elija a qué organismo pertenece quien hizo de entrevistador/a principal: ese organismo conserva el registro de la sesión.
held-error-recording-without-consent = { $form ->
    [audio] No se puede registrar la sesión como grabada en audio: cuando empezó, la persona sobreviviente no había dado su consentimiento para la grabación.
   *[video] No se puede registrar la sesión como grabada en vídeo: cuando empezó, la persona sobreviviente no había dado su consentimiento para la grabación.
} Regístrela solo con notas o como declaración escrita; si dio su consentimiento, anótelo antes en la sección Consentimiento.
held-error-outcome-missing = Indique qué pasó con «{ $question }»: si se respondió, si se respondió en parte o por qué no se formuló.
held-error-outcome-not-planned = «{ $question }» no está en el plan de esta sesión.
held-error-outcome-twice = «{ $question }» tiene dos resultados. Deje uno.
held-error-not-offered = «{ $question }» no es una pregunta para trasladar: se formuló, ya no hace falta o ya está en un plan.

## Held sessions: recording that a planned session took place, correcting the record, carrying over

held-heading = Sesión realizada
held-not-yet = Cuando esta sesión se haya realizado, registre lo que pasó: entonces cuenta como algo que la persona sobreviviente ya contó, y el siguiente plan no lo vuelve a preguntar.
held-record = Registrar como realizada
held-record-named = Registrar como realizada: { $session }
held-record-heading = Registrar { $session } como realizada
held-correct = Corregir el registro
held-correct-named = Corregir el registro: { $session }
held-correct-heading = Corregir el registro de { $session }
held-form-intro = El formulario parte del plan: cambie lo que fue distinto. Al guardar, la sesión se añade a los relatos previos, en poder del organismo de quien dirigió la entrevista.
held-took-place = Se realizó de { $started } a { $ended }, registrada como { $recording }.
held-stopped-at = La persona sobreviviente detuvo la entrevista a las { $time }.
held-started = Inicio
held-ended = Fin
held-present = Quién estuvo presente
held-present-none = Aún no hay nadie previsto en la sala. Añada primero a quien dirige la entrevista en el plan de la sesión.
held-present-person = { $name }, { $role } ({ $agency })
held-breaks = Pausas realizadas, en minutos desde el inicio
held-breaks-hint = Sepárelas con comas, por ejemplo 40, 75. Déjelo vacío si no hubo pausas.
held-recording = Cómo se registró la sesión
held-recording-hint = El vídeo y el audio necesitan el consentimiento de la persona sobreviviente a la grabación en el momento en que empezó la sesión.
held-recording-video = Vídeo
held-recording-audio = Audio
held-recording-written = Declaración escrita
held-recording-notes = Solo notas
held-stopped = La persona sobreviviente detuvo la entrevista
held-stopped-time = Cuándo la detuvo
held-outcomes = Qué pasó con cada pregunta prevista
held-outcomes-none = Esta sesión no tenía preguntas previstas.
held-outcome-of = Resultado de «{ $question }»
held-outcome-answered = Respondida
held-outcome-partly = Respondida en parte
held-outcome-declined = No formulada: la persona sobreviviente no quiso
held-outcome-out-of-time = No formulada: no hubo tiempo
held-outcome-no-longer-needed = No formulada: ya no hace falta
held-outcome-moved = No formulada: pasa a una sesión posterior
held-added-heading = Preguntas añadidas en la pausa de preguntas
held-added-hint = Preguntas que los organismos observadores pasaron a quien dirigía la entrevista en la pausa de preguntas, atribuidas al organismo que las pidió.
held-added-line = «{ $question }», pedida por { $agency }: { $outcome }
held-added-remove = Quitar «{ $question }» de las preguntas añadidas en la pausa
held-added-agency = Agencia que la pidió
held-added-agency-choose = Elija el organismo
held-added-text = Pregunta formulada en la pausa
held-added-topic = Su tema
held-added-topic-none = Sin tema
held-added-outcome = Resultado de la pregunta añadida
held-added-add = Añadir la pregunta
held-added-error-text = Escriba la pregunta que se formuló en la pausa.
held-added-error-agency = Elija el organismo que pidió la pregunta.
held-topics = Temas que contó la persona sobreviviente, y con qué detalle
held-topics-none = No se registró ningún tema como contado.
held-note = Nota para el equipo
held-save = Registrar la sesión como realizada
held-save-correction = Guardar la corrección
held-error-time = Indique el inicio, el fin y cualquier interrupción como fecha y hora.
held-error-breaks = Indique las pausas en minutos enteros desde el inicio, separadas por comas.
held-carry-over = { $count ->
    [one] Pasar la pregunta no formulada a la siguiente sesión
   *[other] Pasar las { $count } preguntas no formuladas a la siguiente sesión
}
held-carried-over = { $count ->
    [one] 1 pregunta pasada a { $session }.
   *[other] { $count } preguntas pasadas a { $session }.
}
held-carry-over-nothing = Todas las preguntas de esta sesión se formularon, ya no hacen falta o ya están en un plan posterior.
held-plan-locked = Esta sesión se realizó: su plan queda como estaba. Corrija el registro más abajo.
session-observers-outside = Los organismos observadores siguen la entrevista desde otra sala
session-question-break = Prever una pausa de preguntas antes del cierre, para que las personas observadoras pasen sus preguntas a quien dirige la entrevista
session-question-break-hint = Activada por defecto cuando los organismos observan desde otra sala.
session-brief-names-accounts = El resumen para quien entrevista incluye lo que dijeron los relatos previos
session-brief-names-accounts-hint = Desactivado por defecto: quien dirige la entrevista sin saber lo que se dijo antes no puede inducir a la persona sobreviviente hacia ello.

## Pruebas (regla 8, corroboración)

findings-rule-corroboration = Corroboración
findings-rule-corroboration-checks = Temas del plan que se apoyan solo en la palabra de la persona sobreviviente, sin pruebas solicitadas ni obtenidas; preguntas cuyos temas ya muestran las pruebas obtenidas; solicitudes de pruebas que siguen abiertas después de 30 días.
findings-kind-word-alone = Se apoya solo en la palabra de la persona sobreviviente
findings-kind-covered-by-evidence = Las pruebas obtenidas ya lo muestran
findings-kind-evidence-overdue = Una solicitud de pruebas sigue abierta
findings-explain-word-alone = { $count ->
    [0] Ninguna prueba solicitada ni obtenida corrobora { $topic }: se apoya solo en la palabra de la persona sobreviviente. El catálogo todavía no indica ningún tipo de prueba para este tema.
   *[other] Ninguna prueba solicitada ni obtenida corrobora { $topic }: se apoya solo en la palabra de la persona sobreviviente. Pruebas que pueden corroborarlo: { $kinds }.
}
findings-explain-covered-by-evidence = Las pruebas obtenidas cubren todos los temas de esta pregunta. Pregunte solo lo que las pruebas no pueden mostrar: una confirmación, o la propia experiencia de la persona sobreviviente. La pregunta sigue en el plan.
findings-explain-evidence-overdue = Esta prueba se solicitó hace más de { $days } días y todavía no ha llegado. Vuelva a pedirla, o anote por qué no se puede obtener.
findings-subject-evidence = Prueba { $evidence }
findings-suggest-request-evidence = Añadir una solicitud de pruebas para { $agency }: { $kind }, «{ $evidence }»
evidence-kind-documents = Documentos de identidad y de viaje
evidence-kind-financial = Registros financieros
evidence-kind-communications = Comunicaciones
evidence-kind-device = Datos de dispositivos (como la ubicación)
evidence-kind-employment = Registros del empleador, de nóminas y de la inspección de trabajo
evidence-kind-transport = Registros de transporte y alojamiento
evidence-kind-medical = Informes médicos y forenses
evidence-kind-objects = Fotografías y objetos físicos
evidence-kind-witnesses = Declaraciones de testigos
evidence-kind-other = Otras pruebas
evidence-status-to-request = Por solicitar
evidence-status-requested = Solicitada
evidence-status-obtained = Obtenida
evidence-status-not-obtainable = No se puede obtener
evidence-error-blank-description = Indique qué es la prueba.
evidence-error-no-topics = Elija al menos un tema que la prueba pueda corroborar.
evidence-error-unknown-topic = El tema { $topic } no está en el catálogo de este caso: añádalo primero.
evidence-error-unknown-agency = { $agency } no es un organismo de este caso: añádalo primero o elija otro.
evidence-error-already-in-case = El caso ya tiene esta prueba ({ $item }).
evidence-error-unknown-item = Esta prueba ({ $item }) ya no está en el caso.
evidence-error-no-reason = Indique por qué no se puede obtener la prueba.
evidence-error-date-before-previous = La fecha { $date } es anterior a { $previous }, la fecha a la que sigue.
evidence-error-move-not-allowed = Una prueba no puede pasar de «{ $from }» a «{ $to }».
evidence-error-added-by-suggestion = Esta prueba ({ $item }) se solicitó al aceptar una sugerencia: deshaga esa sugerencia.
evidence-error-blank-guidance = Escriba qué hay que buscar.
evidence-error-guidance-already-listed = El catálogo ya indica { $kind } para { $topic }.
evidence-guidance-background-documents = Registros civiles y escolares de dónde vivía y estudiaba la persona antes.
evidence-guidance-background-witnesses = Declaraciones de familiares o vecinos sobre la vida antes de la captación.
evidence-guidance-recruitment-communications = Anuncios de empleo y en línea, y mensajes en las plataformas utilizadas.
evidence-guidance-recruitment-employment = Contratos, y documentación de la contratación y del visado de trabajo.
evidence-guidance-recruitment-financial = Comisiones pagadas a quien captó a la persona: transferencias y recibos.
evidence-guidance-travel-documents = Pasaportes, visados, billetes y registros de llegada y de frontera.
evidence-guidance-travel-device = Datos de ubicación de los teléfonos durante el viaje.
evidence-guidance-travel-transport = Reservas y billetes, y quién los pagó.
evidence-guidance-arrival-documents = Registros de llegada y de frontera.
evidence-guidance-arrival-transport = Registros de la recogida, del transporte y del primer alojamiento.
evidence-guidance-accommodation-transport = Registros de hoteles y alquileres de donde se alojó a la persona.
evidence-guidance-accommodation-objects = Fotografías del lugar.
evidence-guidance-control-methods-communications = Mensajes y cartas, registros de llamadas, comunicaciones intervenidas.
evidence-guidance-control-methods-objects = Objetos físicos: cerraduras, cámaras, normas por escrito.
evidence-guidance-threats-and-violence-communications = Mensajes amenazantes y registros de llamadas.
evidence-guidance-threats-and-violence-medical = Informes médicos y forenses de las lesiones.
evidence-guidance-work-conditions-employment = Conclusiones de la inspección de trabajo, y los registros del empleador o su ausencia.
evidence-guidance-work-conditions-objects = Fotografías del lugar de trabajo.
evidence-guidance-working-hours-employment = Registros de nóminas, de horarios y fiscales; los registros que el empleador no llevó.
evidence-guidance-working-hours-device = Datos de ubicación del teléfono que muestran el tiempo en el lugar de trabajo.
evidence-guidance-payment-and-debt-financial = Registros bancarios y de transferencias de dinero.
evidence-guidance-payment-and-debt-objects = Libros de cuentas, recibos y listas que llevaban los autores.
evidence-guidance-identity-documents-documents = Documentos incautados en registros; registros de inmigración.
evidence-guidance-injuries-and-health-medical = Informes médicos y forenses; testimonio pericial sobre el trauma.
evidence-guidance-sexual-exploitation-communications = Anuncios en línea y mensajes para concertar clientes.
evidence-guidance-sexual-exploitation-financial = Pagos de clientes y pagos a los autores.
evidence-guidance-sexual-exploitation-medical = Informes médicos y forenses.
evidence-guidance-other-victims-witnesses = Declaraciones de otras víctimas y de testigos.
evidence-guidance-perpetrators-communications = Vínculos telefónicos entre las personas implicadas.
evidence-guidance-perpetrators-financial = Vínculos financieros entre las personas implicadas.
evidence-guidance-perpetrators-witnesses = Declaraciones de otras víctimas y de testigos.
evidence-guidance-locations-transport = Registros de hoteles y alquileres.
evidence-guidance-locations-device = Datos de ubicación de los dispositivos.
evidence-guidance-locations-objects = Fotografías de los lugares.
evidence-guidance-evidence-held-objects = Los mensajes, fotos, papeles u objetos que la persona todavía conserva, asegurados.
evidence-guidance-evidence-held-device = Una extracción del teléfono de la persona, con su consentimiento.
evidence-guidance-escape-witnesses = Declaraciones de quienes ayudaron a la persona a irse o la vieron irse.
evidence-guidance-escape-communications = Llamadas y mensajes en torno al momento en que la persona escapó.
evidence-guidance-current-safety-communications = Amenazas recibidas desde entonces, y sus registros.
evidence-guidance-current-safety-other = Registros de la policía y de los servicios de apoyo sobre la seguridad actual de la persona.

## Pruebas: lo que los registros pueden probar, para preguntar a la persona sobreviviente solo lo que solo ella puede contar

evidence-heading = Pruebas
evidence-intro = Registros, dispositivos, documentos y testigos que pueden probar lo que ocurrió. Cada tema que prueba una prueba es uno sobre el que no hace falta insistir a la persona sobreviviente; un tema que descansa solo en su palabra es uno que corroborar antes del juicio.
evidence-summary = { $corroborated } de { $planned } temas del plan pueden corroborarse con pruebas obtenidas.
evidence-none = Aún no hay pruebas. Los hallazgos sugieren qué puede corroborar cada tema que pregunta el plan.
evidence-list = Pruebas
evidence-kind = Tipo de prueba
evidence-topics = Temas que puede corroborar
evidence-agency = Organismo que la tiene o la obtendrá
evidence-status = Estado
evidence-description = Descripción
evidence-status-requested-on = Solicitada el { $date }
evidence-status-obtained-on = Obtenida el { $date }
evidence-status-not-obtainable-on = No se puede obtener (desde el { $date }): { $why }
evidence-mark-requested = Marcar solicitada: { $item }
evidence-mark-obtained = Marcar obtenida: { $item }
evidence-mark-not-obtainable = Marcar que no se puede obtener: { $item }
evidence-why = Por qué no se puede obtener
evidence-save-not-obtainable = Guardar como no obtenible
evidence-remove = Quitar: { $item }
evidence-remove-title = ¿Quitar esta prueba?
evidence-remove-message = «{ $item }» sale del caso. El historial guarda que estuvo.
evidence-remove-confirm = Quitar la prueba
evidence-add-heading = Añadir una prueba
evidence-add = Añadir la prueba
evidence-done-added = «{ $item }» añadida, por solicitar.
evidence-done-requested = «{ $item }» marcada como solicitada.
evidence-done-obtained = «{ $item }» marcada como obtenida.
evidence-done-not-obtainable = «{ $item }» marcada como no obtenible.
evidence-done-removed = «{ $item }» quitada.
evidence-catalogue-heading = Qué puede corroborar cada tema
evidence-catalogue-show = Mostrar el catálogo de pruebas
evidence-catalogue-nothing = Aún no figura ningún tipo de prueba.
evidence-catalogue-add-heading = Añadir un tipo de prueba para un tema, en este caso
evidence-catalogue-topic = Tema
evidence-catalogue-guidance = Qué es y dónde encontrarla
evidence-catalogue-add = Añadir al catálogo
evidence-catalogue-done = { $kind } añadido al catálogo para { $topic }.
