# Textos de los escenarios de práctica. Todas las personas, lugares y organizaciones son inventados.
# Las preguntas defectuosas lo son a propósito: quien se forma debe encontrarlas y corregirlas.

## Explotación laboral en un barco pesquero

scenario-fishing-title = Marinero en el Sea Wren
scenario-fishing-summary = Un hombre adulto de Indonesia fue captado como marinero, retenido en el mar durante meses sin cobrar y le dijeron que debía el viaje. Lo contó por escrito a la inspección de trabajo y en vídeo a la policía portuaria. Ahora cuatro organismos quieren entrevistarle.
scenario-fishing-evidence-logbook = El cuaderno de bitácora, la lista de tripulantes y las nóminas del Sea Wren
scenario-fishing-evidence-passport = Su pasaporte, recuperado del camarote del capitán
scenario-fishing-evidence-crew = Declaraciones de otros dos marineros
scenario-fishing-accommodation = Sesiones cortas: le duele la cabeza cuando está cansado
scenario-fishing-support-person = Trabajadora social del centro de marinos
scenario-fishing-agency-police = Policía de Port Carrow, Unidad Marítima
scenario-fishing-agency-inspectorate = Inspección de Trabajo de Carrow Bay
scenario-fishing-agency-prosecutor = Fiscalía de Westmere
scenario-fishing-agency-ngo = Centro de Marinos Lantern Quay
scenario-fishing-place = Sala de entrevistas 3, comisaría de Port Carrow
scenario-fishing-consent-recorded-by = Tamsin Orrow, trabajadora social de Lantern Quay
scenario-fishing-q-rapport = Cuénteme cómo le gustaría que le llamemos hoy.
scenario-fishing-q-hours = Describa las horas que trabajaba cada día en el mar.
scenario-fishing-q-documents = Cuénteme qué pasó con su pasaporte.
scenario-fishing-q-debt-police = Cuénteme sobre el dinero que el capitán dijo que usted debía.
scenario-fishing-q-debt-inspectorate = Cuénteme sobre el dinero que el capitán dijo que usted le debía.
scenario-fishing-q-captain = El capitán era quien mandaba, ¿verdad?
scenario-fishing-q-leave = ¿Por qué no dejó el barco cuando estaba en el puerto?
scenario-fishing-q-cabin = ¿Dónde dormía en el barco y quién más dormía allí?
scenario-fishing-q-support = Cuénteme qué apoyo le gustaría recibir después de hoy.

## Captación por internet de una adulta para explotación sexual

scenario-online-title = La oferta de modelo
scenario-online-summary = Una mujer de veintidós años respondió a una oferta de modelo en las redes sociales. El hombre que la contactó la llevó a un piso en otra ciudad, donde fue explotada sexualmente. Llamó una vez a la línea de ayuda de una ONG. Policía, fiscalía, la ONG y un centro médico planifican una sola entrevista.
scenario-online-evidence-messages = El anuncio de modelo y los mensajes que guardó en su teléfono
scenario-online-evidence-payments = Pagos en las cuentas vinculadas al piso
scenario-online-evidence-clinic = El registro de su visita a la clínica sin cita
scenario-online-accommodation = Entrevistadora mujer; pidió no hablar de sus lesiones
scenario-online-support-person = Asesora independiente en violencia sexual
scenario-online-agency-police = Policía de Eastbrook, Equipo de Explotación en Línea
scenario-online-agency-prosecutor = Fiscalía de Eastbrook
scenario-online-agency-ngo = Proyecto de Mujeres Safe Harbour
scenario-online-agency-medical = Centro de Atención a Agresiones Sexuales de Eastbrook
scenario-online-place = Sala tranquila, Proyecto de Mujeres Safe Harbour
scenario-online-consent-recorded-by = Ada Morrell, asesora de Safe Harbour
scenario-online-q-flat = Cuénteme sobre el trabajo que la obligaron a hacer en el piso.
scenario-online-q-rapport = Cuénteme cómo le gustaría que la llamemos hoy.
scenario-online-q-contact-police = Cuénteme sobre el hombre que la contactó por internet.
scenario-online-q-contact-ngo = Cuénteme sobre el hombre que la contactó primero por internet.
scenario-online-q-platform = ¿El primer mensaje llegó por Instagram o por Facebook?
scenario-online-q-phone = ¿Es verdad que él le quitó el teléfono?
scenario-online-q-pressure = Cuénteme sobre la coacción que sufrió.
scenario-online-q-injuries = Describa las lesiones que tuvo.
scenario-online-q-support = Cuénteme qué apoyo le gustaría recibir después de hoy.

## Servidumbre doméstica de una menor

scenario-domestic-title = La casa de Alder Row
scenario-domestic-summary = Una chica de quince años fue traída del extranjero para cocinar y limpiar para una familia, sin cobrar y sin poder salir. Se lo contó a una profesora y después a los servicios de infancia en una entrevista grabada en vídeo. Su tía es su tutora. Cuatro organismos planifican otra entrevista.
scenario-domestic-evidence-immigration = Registro de inmigración de su entrada y su visado
scenario-domestic-evidence-teacher = Declaración de la profesora a quien se lo contó
scenario-domestic-evidence-bank = Los registros bancarios de la familia, por si hubo algún pago a ella o a sus padres
scenario-domestic-accommodation = Su tía presente como tutora; pausas siempre que las pida
scenario-domestic-support-person = Defensora de la infancia
scenario-domestic-agency-police = Policía de Hollins Vale, Equipo de Protección Infantil
scenario-domestic-agency-children = Servicios de Infancia de Hollins Vale
scenario-domestic-agency-prosecutor = Fiscalía de Hollins Vale
scenario-domestic-agency-immigration = Oficina de Fronteras e Inmigración de Northgate
scenario-domestic-place = Sala de entrevistas B, oficina de inmigración de Northgate
scenario-domestic-consent-recorded-by = Bryn Tallow, defensora de la infancia
scenario-domestic-q-rapport = Cuénteme algo que le guste hacer.
scenario-domestic-q-day = Describa un día normal en la casa, de la mañana a la noche.
scenario-domestic-q-passport-police = Cuénteme qué pasó con su pasaporte en la casa.
scenario-domestic-q-passport-immigration = Cuénteme qué pasó con su pasaporte dentro de la casa.
scenario-domestic-q-room = Describa la habitación donde dormía.
scenario-domestic-q-lock = ¿La familia cerraba la puerta con llave por la noche?
scenario-domestic-q-teacher = ¿Por qué no se lo contó antes a su profesora?
scenario-domestic-q-pay = ¿Cuánto le pagaban y quién se quedaba con el dinero?
scenario-domestic-q-support = Cuénteme qué apoyo le gustaría recibir después de hoy.

## Explotación laboral en invernaderos, después de una primera sesión ya celebrada

scenario-greenhouse-title = Después de la primera entrevista en Fenmarch
scenario-greenhouse-summary = Una mujer de treinta y cuatro años fue captada en el extranjero para recoger tomates en los invernaderos de Fenmarch. Vivía en una caravana, y del sueldo le descontaban el alquiler y el transporte. Su primera entrevista tuvo lugar el 12 de marzo en el Centro de Apoyo a Migrantes Brightwater, pero nadie la ha registrado todavía. Aceptó participar, pero no que la grabaran, así que la cámara se quedó apagada y solo se tomaron notas. Respondió a todas las preguntas menos una: no quedó tiempo para la pregunta sobre su salario. Registre la sesión tal como se celebró y después mejore el borrador de la segunda.
scenario-greenhouse-evidence-payroll = Las nóminas de la explotación y el contrato de la agencia de contratación
scenario-greenhouse-evidence-passports = Pasaportes encontrados en la oficina del encargado
scenario-greenhouse-evidence-pickers = Declaraciones de otras personas recolectoras
scenario-greenhouse-accommodation = Solo por la mañana: trabaja en el turno de tarde
scenario-greenhouse-support-person = Trabajadora social de apoyo a migrantes
scenario-greenhouse-agency-police = Policía de Fenmarch, Unidad contra la Esclavitud Moderna
scenario-greenhouse-agency-inspectorate = Inspección de Trabajo de Fenmarch
scenario-greenhouse-agency-prosecutor = Fiscalía de Lowmoor
scenario-greenhouse-agency-ngo = Centro de Apoyo a Migrantes Brightwater
scenario-greenhouse-place-first = Sala tranquila, Centro de Apoyo a Migrantes Brightwater
scenario-greenhouse-place-second = Sala de entrevistas 2, comisaría de Fenmarch
scenario-greenhouse-consent-recorded-by = Maren Holt, trabajadora social de Brightwater
scenario-greenhouse-q-rapport = Cuénteme cómo le gustaría que la llamemos hoy.
scenario-greenhouse-q-recruited = Cuénteme cómo se enteró del trabajo en los invernaderos.
scenario-greenhouse-q-day = Describa un día normal de trabajo en los invernaderos, de la mañana a la noche.
scenario-greenhouse-q-pay = Cuénteme cómo le pagaban.
scenario-greenhouse-q-support = Cuénteme qué apoyo le gustaría recibir después de hoy.
scenario-greenhouse-q-since = Cuénteme cómo ha estado desde la última vez que nos vimos.
scenario-greenhouse-q-passport-police = Cuénteme qué pasó con su pasaporte en la finca.
scenario-greenhouse-q-passport-inspectorate = Cuénteme qué pasó con su pasaporte dentro de la finca.
scenario-greenhouse-q-supervisor = El supervisor era quien mandaba, ¿verdad?
scenario-greenhouse-q-leave = ¿Por qué no dejó la finca cuando terminó la temporada?
scenario-greenhouse-q-caravan = ¿Dónde dormía en la finca y quién más dormía allí?
scenario-greenhouse-q-next = Cuénteme qué le gustaría que pasara a partir de ahora.
