# Modo de práctica para formadores: escenarios ficticios, la hoja de resultados y la vista de presentación.

practice-heading = Práctica
practice-banner = Práctica: datos ficticios
practice-banner-detail = Aquí no se guarda nada, y la bóveda nunca se lee ni se escribe.
practice-intro = Elija un escenario ficticio. Su borrador de plan tiene fallos deliberados: preguntas repetidas, preguntas sugestivas y compuestas, consentimientos que faltan y riesgos para el bienestar de la persona superviviente. Mejore el borrador con las mismas secciones que un caso real y abra después la hoja de resultados.
practice-choose-heading = Elegir un escenario
practice-scenario = Escenario
practice-language = Idioma del escenario
practice-start = Empezar el ejercicio
practice-replace-confirm-title = ¿Empezar otro ejercicio?
practice-replace-confirm = Se perderán los cambios del ejercicio actual.
practice-replace-confirm-action = Empezar el nuevo ejercicio
practice-current-heading = Ejercicio actual: { $title }
practice-continue = Seguir con el ejercicio
practice-flaw-count = { $count ->
    [one] El borrador tiene { $count } fallo deliberado.
   *[other] El borrador tiene { $count } fallos deliberados.
}
practice-open-file-heading = Abrir un archivo de práctica
practice-open-file-intro = Un formador puede guardar un caso ficticio como archivo de práctica desde su perfil. Ábralo aquí para practicar con él.
practice-file = Archivo de práctica
practice-open-file = Abrir el archivo de práctica
practice-file-none = Elija primero un archivo de práctica.
practice-file-unreadable = No se pudo leer el archivo.
practice-error-not-fictional = Este archivo contiene un caso que no está marcado como ficticio. Los archivos de práctica solo pueden contener casos inventados.
practice-error-malformed = Esto no es un archivo de práctica: no es JSON legible.
practice-error-wrong-format = Esto no es un archivo de práctica de Tell Once. Elija un archivo guardado con «Guardar como archivo de práctica».
practice-error-newer = Este archivo de práctica se guardó con una versión más reciente de Tell Once (versión { $found }; esta lee hasta la { $supported }). Actualice la aplicación para abrirlo.
practice-error-invalid = Este archivo de práctica está dañado: { $detail }
practice-error-case = No se puede leer el caso de este archivo de práctica: { $detail }
practice-workspace-heading = Caso de práctica { $code }
practice-summary-heading = El escenario
practice-tools = Herramientas de práctica
practice-reset = Restablecer
practice-reset-confirm-title = ¿Restablecer el escenario?
practice-reset-confirm = Se desharán todos los cambios que hizo en este borrador y el escenario volverá a estar como al principio.
practice-reset-confirm-action = Restablecer el escenario
practice-reset-done = El escenario ha vuelto a su borrador original.
practice-score-link = Hoja de resultados
practice-presenter-link = Vista de presentación
practice-choose-link = Elegir otro escenario
practice-back-to-exercise = Volver al ejercicio
practice-none = No hay ningún ejercicio abierto. Elija primero un escenario.
practice-score-heading = Hoja de resultados
practice-score-summary = { $fixed } de { $total } fallos deliberados corregidos.
practice-group-repeated = Preguntas repetidas que quedan
practice-group-coach = Observaciones del asesor que quedan
practice-group-consent = Consentimientos que faltan
practice-group-wellbeing = Riesgos para el bienestar
practice-group-roles = Funciones en la sala
practice-group-after-session = Después de una sesión: su registro
practice-group-evidence = Temas que se apoyan solo en la palabra de la persona sobreviviente
practice-group-left = Quedan { $left } de { $total }
practice-fixed = Corregido
practice-missed = Sin corregir
practice-rule-label = Regla { $rule }
practice-guidance-label = Guía
practice-introduced-heading = Problemas nuevos
practice-introduced-intro = El planificador los encuentra ahora y no estaban en el borrador. Revíselos también.
practice-introduced-none = Sus cambios no han introducido ningún problema nuevo.
practice-presenter-heading = Vista de presentación
practice-presenter-position = { $position } de { $total }
practice-presenter-next = Siguiente
practice-presenter-previous = Anterior
practice-presenter-keys = Siguiente: flecha derecha o Avance de página. Anterior: flecha izquierda o Retroceso de página. Escape: volver a la hoja de resultados.
practice-presenter-back = Volver a la hoja de resultados
practice-save-heading = Archivo de práctica
practice-save-intro = Guarde este caso como archivo de práctica para que otras personas lo abran en el modo de práctica. El archivo no está cifrado, por eso solo se puede guardar un caso creado como ficticio.
practice-save-summary = Resumen para quienes se forman (opcional)
practice-save = Guardar como archivo de práctica
practice-save-refused = Este caso no se creó como ficticio, así que no se puede guardar como archivo de práctica. Los casos reales nunca salen de la bóveda sin cifrar. Para formarse, cree un caso ficticio nuevo con datos inventados.
practice-save-done = Archivo de práctica guardado.

# Las siete reglas del planificador, tal como las explica la hoja de resultados.
practice-rule-1 = Ya contado: si un registro que el equipo puede obtener ya contiene la respuesta y la persona aceptó compartirlo, lea el registro en lugar de volver a preguntar; si no, pida ese consentimiento en lugar de la pregunta. Una sesión ya celebrada solo cuenta como relato cuando se registra, y lo que no se preguntó en ella se traslada a la sesión siguiente.
practice-rule-2 = Duplicados: cuando dos organismos preguntan lo mismo, una sola persona entrevistadora lo pregunta una vez, para ambos.
practice-rule-3 = Repetición del relato: cada vez que la persona vuelve a contar una parte de su historia le hace daño, y las diferencias entre relatos se usan en su contra. Limite cada tema al menor número de relatos posible.
practice-rule-4 = Consentimiento: la grabación, compartir registros, las derivaciones, los exámenes médicos y las fotografías necesitan el consentimiento informado de la persona, finalidad por finalidad; para un menor, el consentimiento de su tutor y su propio asentimiento.
practice-rule-5 = Bienestar: pausas al menos cada 90 minutos, pocas personas en la sala, intérprete cuando los idiomas difieren, una persona de apoyo ofrecida, un lugar neutral, confianza antes de los temas dolorosos, y ningún tema que la persona pidió evitar.
practice-rule-6 = Funciones: exactamente una persona entrevistadora principal hace las preguntas de todos los organismos, y exactamente una persona toma las notas oficiales.
practice-rule-7 = Asesor de preguntas: las preguntas abiertas (Cuénteme, Explique, Describa) obtienen el relato propio de la persona; las sugestivas, compuestas, de opción cerrada, de sí o no y los «por qué» contaminan la prueba o suenan a culpa.

# Las guías publicadas en que se basan las reglas.
practice-guidance-who-2003 = Recomendaciones éticas y de seguridad de la OMS para entrevistar a mujeres víctimas de trata (2003): no hacer daño, averiguar si la persona ya fue entrevistada, obtener el consentimiento informado y ofrecer apoyo.
practice-guidance-abe = Achieving Best Evidence (obtener la mejor prueba): registrar el relato una vez, bien, y reutilizar el registro en lugar de volver a entrevistar.
practice-guidance-ovc-5-3 = Guía electrónica para grupos de trabajo de la Oficina para Víctimas del Delito de EE. UU., sección 5.3: una sola persona toma las notas oficiales, para que haya un único registro de la entrevista.
practice-guidance-peace-unodc-8 = Entrevista PEACE (Planificar, Establecer la relación y explicar, Relato, Cierre, Evaluar), manual contra la trata de la UNODC, módulo 8: primero crear confianza, después el relato libre con preguntas abiertas.
practice-guidance-barnahus = Barnahus: un solo lugar adaptado a la infancia y una sola entrevista por una persona entrevistadora formada, que todos los organismos siguen en lugar de volver a entrevistar.
practice-guidance-unodc-evidential-2017 = UNODC, Cuestiones probatorias en los casos de trata de personas (2017): un caso es un mosaico de pruebas testimoniales, documentales y materiales, y es más sólido cuando no se apoya solo en el testimonio de la víctima.
practice-guidance-ovc-5-4 = Guía electrónica para grupos de trabajo de la Oficina para Víctimas del Delito de EE. UU., sección 5.4: ningún detalle es demasiado insignificante para corroborarlo.
practice-language-unavailable = No se pudieron descargar los textos en { $language } de este escenario. Compruebe la conexión y vuelva a empezar.
