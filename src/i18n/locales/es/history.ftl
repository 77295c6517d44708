### Textos de la sección de historial del espacio de trabajo del caso: todos los cambios hechos en el caso, del más reciente al más antiguo.

## La sección

history-heading = Historial de cambios
history-intro = Todos los cambios hechos en este caso, del más reciente al más antiguo: cuándo se hicieron, quién los hizo y qué cambió. El historial no se puede modificar.
history-filters = Mostrar solo
history-filter-kind = Tipo de cambio
history-filter-kind-all = Todos los tipos
history-kind-profile = Perfil y caso
history-kind-agencies = Organismos
history-kind-accounts = Relatos previos
history-kind-questions = Preguntas
history-kind-sessions = Sesiones
history-kind-consent = Consentimiento
history-kind-referrals = Derivaciones
history-kind-suggestions = Sugerencias
history-kind-evidence = Pruebas
history-filter-agency = Organismo afectado
history-filter-agency-all = Todos los organismos
history-filter-agency-hint = Cambios en el propio organismo, en sus preguntas y relatos previos, en las personas que asisten a las sesiones en su nombre y en el consentimiento para compartir registros con él.
history-list = Cambios en este caso, del más reciente al más antiguo
history-count-all = { $total ->
    [one] 1 cambio
   *[other] { $total } cambios
}
history-count = { $matching } de { $total ->
    [one] 1 cambio
   *[other] { $total } cambios
}
history-count-listed = { $count }; se muestran los { $listed } más recientes.
history-none = Todavía no se ha registrado ningún cambio.
history-none-match = Ningún cambio coincide con estos filtros.
history-show-older = Mostrar cambios anteriores
history-by = Por { $name }
history-by-unnamed = Por: no se ha indicado ningún nombre para esta bóveda
history-by-trainee = Por la persona en formación
history-begins = El historial de este caso empieza aquí
history-begins-earlier = Los cambios hechos antes de esta versión de Tell Once no están en el historial.

## Nombres de lo que ya no está en el caso

history-quoted = «{ $text }»
history-agency-gone = un organismo ya quitado
history-question-gone = una pregunta ya quitada
history-account-gone = un relato previo ya quitado
history-session-gone = una sesión ya quitada
history-session-gone-dated = una sesión ya quitada, prevista para el { $date }
history-service-gone = un servicio que ya no está en este caso
history-attendee = { $name } ({ $details })
history-attendee-unnamed = una persona todavía sin nombre ({ $details })
history-attendee-details = { $role }, { $agency }

## El perfil y el caso

history-rename-case = Código del caso cambiado a «{ $code }»
history-mark-fictional = Marcado como caso ficticio para formación
history-mark-real = Ya no está marcado como caso ficticio para formación
history-language = Idioma preferido de la persona sobreviviente cambiado a «{ $language }»
history-language-cleared = Se borró el idioma preferido de la persona sobreviviente
history-interpreter-needed = Se anotó que se necesita intérprete
history-interpreter-not-needed = Se anotó que no se necesita intérprete
history-age-group = Grupo de edad cambiado a: { $age }
history-support-person = Persona de apoyo cambiada a «{ $person }»
history-support-person-cleared = Se borró la persona de apoyo
history-accommodations = Adaptaciones cambiadas a: { $list }
history-accommodations-cleared = Se borraron las adaptaciones
history-topic-added = Se añadió el tema «{ $topic }» a este caso

## Organismos

history-agency-added = Se añadió el organismo { $agency } ({ $role })
history-agency-renamed = Se cambió el nombre del organismo «{ $before }» a «{ $name }» ({ $role })
history-agency-role = Se cambió la función del organismo { $agency } a: { $role }
history-agency-saved = Se guardó el organismo { $name } ({ $role })
history-agency-removed = Se quitó el organismo { $agency }
history-agency-removed-unknown = Se quitó un organismo cuyo nombre no está en el historial

## Relatos previos

history-account-added = Se añadió un relato previo: { $account }
history-account-changed = Se modificó un relato previo: { $account }
history-account-saved = Se guardó un relato previo: { $account }
history-account-removed = Se quitó un relato previo: { $account }
history-account-removed-unknown = Se quitó un relato previo que no está en el historial

## Preguntas

history-question-added = Se añadió la pregunta { $question } para { $agency }
history-question-changed = Se modificó la pregunta { $question } para { $agency }
history-question-saved = Se guardó la pregunta { $question } para { $agency }
history-question-removed = Se quitó la pregunta { $question } de { $agency }
history-question-removed-unknown = Se quitó una pregunta cuyas palabras no están en el historial
history-question-moved = { $direction ->
    [up] Se subió { $question } entre las preguntas de { $agency }
   *[down] Se bajó { $question } entre las preguntas de { $agency }
}

## Solicitudes de preguntas a organismos

history-question-request = Se envió una solicitud de preguntas a { $agency }, con las preguntas para el { $due }
history-merge-return = De { $agency }, respuesta { $number }: { $changes }
history-merge-return-nothing = De { $agency }, respuesta { $number }: no se incorporó nada, se mantuvieron las versiones propias
history-merge-added = añadió { $question }
history-merge-changed = cambió { $question }
history-merge-withdrawn = retiró { $question }

## Sesiones

history-session-added = Se añadió { $session } al plan
history-session-added-gone = Se añadió al plan una sesión del { $date } (ya quitada)
history-session-removed = Se quitó del plan la sesión del { $date }
history-session-removed-unknown = Se quitó una sesión del plan
history-session-date = Fecha y hora cambiadas al { $date } en { $session }
history-session-place = Lugar cambiado a «{ $place }» en { $session }
history-session-place-cleared = Se borró el lugar en { $session }
history-session-location = Tipo de lugar cambiado a «{ $location }» en { $session }
history-session-language = Idioma de la entrevista cambiado a «{ $language }» en { $session }
history-session-duration = { $minutes ->
    [one] Duración cambiada a 1 minuto en { $session }
   *[other] Duración cambiada a { $minutes } minutos en { $session }
}
history-session-break-added = Se añadió una pausa en el minuto { $minute } de { $session }
history-session-break-removed = Se quitó la pausa del minuto { $minute } de { $session }
history-session-attendee-added = Se añadió a { $attendee } en { $session }
history-session-attendee-changed = Se cambió a { $before } por { $attendee } en { $session }
history-session-attendee-changed-unknown = Se cambió a la persona número { $number } por { $attendee } en { $session }
history-session-attendee-removed = Se quitó a { $attendee } de { $session }
history-session-attendee-removed-unknown = Se quitó a la persona número { $number } de { $session }
history-session-support-declined = Se anotó que la persona sobreviviente no quiso una persona de apoyo en { $session }
history-session-support-not-declined = Ya no consta que la persona sobreviviente no quisiera una persona de apoyo en { $session }
history-session-recording = Se prevé una grabación en { $session }
history-session-no-recording = Ya no se prevé una grabación en { $session }
history-session-medical = Se prevé un examen médico en { $session }
history-session-no-medical = Ya no se prevé un examen médico en { $session }
history-session-photographs = Se prevé tomar fotografías en { $session }
history-session-no-photographs = Ya no se prevé tomar fotografías en { $session }
history-session-question-added = Se añadió { $question } en { $session }
history-session-question-removed = Se sacó { $question } de { $session }
history-session-question-moved = { $direction ->
    [up] Se subió { $question } en { $session }
   *[down] Se bajó { $question } en { $session }
}
history-session-observers-outside = Quienes observan siguen { $session } desde otra sala
history-session-observers-inside = Quienes observan están en la sala de la entrevista en { $session }
history-session-question-break = Se prevé una pausa para preguntas antes del cierre en { $session }
history-session-no-question-break = No se prevé una pausa para preguntas en { $session }
history-session-brief-names-accounts = El resumen para quien entrevista de { $session } incluye lo que dijeron los relatos previos
history-session-brief-blind = El resumen para quien entrevista de { $session } deja fuera lo que dijeron los relatos previos
history-held-recorded = Se registró { $session } como celebrada
history-held-corrected = Se corrigió el registro de { $session }
history-carried-over = { $count ->
    [one] Se trasladó a { $to } 1 pregunta que no se hizo en { $from }
   *[other] Se trasladaron a { $to } { $count } preguntas que no se hicieron en { $from }
}

## Consentimiento

history-consent-given = { $party ->
    [guardian] El tutor o la tutora dio su consentimiento
    [child] La persona menor de edad dio su propio asentimiento
   *[survivor] La persona sobreviviente dio su consentimiento
}: { $purpose }
history-consent-declined = { $party ->
    [guardian] El tutor o la tutora dijo que no
    [child] La persona menor de edad dijo que no
   *[survivor] La persona sobreviviente dijo que no
}: { $purpose }
history-consent-withdrawn = { $party ->
    [guardian] El tutor o la tutora retiró su consentimiento
    [child] La persona menor de edad retiró su asentimiento
   *[survivor] La persona sobreviviente retiró su consentimiento
}: { $purpose }
history-consent-correction = { $decision } (corrige una entrada anterior)

## Derivaciones

history-referral-attached = Se sugirió una derivación a { $service }
history-referral-suggested = La derivación a { $service } volvió a quedar como sugerida
history-referral-offered = Se ofreció a la persona sobreviviente una derivación a { $service }
history-referral-accepted = La persona sobreviviente aceptó la derivación a { $service }
history-referral-declined = La persona sobreviviente rechazó la derivación a { $service }
history-referral-referred = Se derivó a la persona sobreviviente a { $service }
history-referral-confirmed = { $service } confirmó que se hace cargo de la derivación

## Sugerencias del planificador

history-suggestion-merge = { $count ->
    [one] Se aceptó la sugerencia de preguntar { $keep } una sola vez, para todos los organismos, y apartar 1 pregunta parecida
   *[other] Se aceptó la sugerencia de preguntar { $keep } una sola vez, para todos los organismos, y apartar { $count } preguntas parecidas
}
history-suggestion-answered-by-record = Se aceptó la sugerencia de leer la respuesta a { $question } en un registro: { $record }
history-suggestion-share-consent = Se aceptó la sugerencia de no volver a preguntar { $question } hasta que la persona sobreviviente decida si se permite a { $agencies } leer un registro: { $record }
history-suggestion-reword = Se aceptó la sugerencia de reformular { $question } como «{ $text }»
history-undo-merge = Se deshizo la unión de preguntas parecidas en { $keep }
history-undo-answered-by-record = Se deshizo la lectura en un registro de la respuesta a { $question }
history-undo-share-consent = Se deshizo el apartado de { $question } a la espera de que la persona sobreviviente decida si se comparte un registro
history-undo-reword = Se deshizo la nueva redacción de { $question }
history-undo-unknown = Se deshizo una sugerencia aceptada antes de que esta versión de Tell Once llevara un historial
history-suggestion-request-evidence = Se aceptó la sugerencia de solicitar pruebas a { $agency }: { $evidence }
history-undo-request-evidence = Se deshizo la solicitud de pruebas { $evidence }
history-evidence-gone = una prueba ya quitada
history-evidence-added = Se añadió la prueba { $evidence } ({ $kind }), que tiene o debe obtener { $agency }
history-evidence-changed = Se cambió la prueba { $evidence } ({ $kind }), que tiene o debe obtener { $agency }
history-evidence-saved = Se guardó la prueba { $evidence } ({ $kind }), que tiene o debe obtener { $agency }
history-evidence-removed = Se quitó la prueba { $evidence }
history-evidence-removed-unknown = Se quitó una prueba añadida antes de que esta versión de Tell Once llevara un historial
history-evidence-to-request = Se marcó la prueba { $evidence } como por solicitar
history-evidence-requested = Se marcó la prueba { $evidence } como solicitada el { $date }
history-evidence-obtained = Se marcó la prueba { $evidence } como obtenida el { $date }
history-evidence-not-obtainable = Se marcó la prueba { $evidence } como imposible de obtener: { $why }
history-evidence-guidance-added = Se añadió { $kind } al catálogo de pruebas para { $topic }
