### Textos para la persona sobreviviente: derechos, explicaciones de consentimiento, hoja informativa.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = Su entrevista: sus derechos y su apoyo
handout-reference = Referencia: { $code }
handout-date = Preparada el { $date }

rights-heading = Sus derechos en la entrevista
right-stop = Puede detener la entrevista en cualquier momento.
right-break = Puede pedir una pausa siempre que la necesite.
right-not-answer = No tiene que responder a todas las preguntas. Puede decir «No quiero responder».
right-interpreter = Puede tener un intérprete en su idioma, de forma gratuita.
right-support-person = Puede estar acompañada por una persona de apoyo.
right-tell-once = No debería tener que contar su historia una y otra vez. Puede preguntar si alguien ya la tiene.

consents-heading = Lo que usted aceptó
consents-none = Todavía no ha aceptado nada. Nada que necesite su acuerdo ocurrirá sin él.
consent-given = Usted aceptó el { $date }.
consent-declined = Usted dijo que no el { $date }.
consent-withdrawn = Usted retiró su acuerdo el { $date }.
consent-withdraw-how = Puede cambiar de opinión en cualquier momento, sin dar explicaciones. Dígaselo a cualquier persona del equipo, o a su persona de apoyo, y pararemos.

purpose-take-part = Participar en la entrevista
purpose-take-part-explain = Usted decide si habla con nosotros. Decir que no no le impide recibir apoyo.
purpose-recording = Grabación de audio o vídeo de la entrevista
purpose-recording-explain = Una grabación puede evitar que tenga que contar su historia otra vez. Puede pedirnos que dejemos de grabar.
purpose-use-as-evidence = Usar lo que diga como prueba
purpose-use-as-evidence-explain = Lo que diga puede usarse ante un tribunal para que respondan quienes le hicieron daño.
purpose-share-record = Compartir el registro de lo que dijo con { $agency }
purpose-share-record-explain = Así { $agency } puede leer lo que ya contó, en lugar de preguntarle otra vez.
purpose-referral = Dar sus datos de contacto a { $service }
purpose-referral-explain = Así { $service } puede contactarle para ofrecerle ayuda.
purpose-medical-examination = Un examen médico
purpose-medical-examination-explain = Un médico revisa su salud y puede registrar lesiones. Puede pedir un médico del género que prefiera.
purpose-photographs = Fotografías
purpose-photographs-explain = Las fotografías de lesiones o documentos pueden ayudar en su caso. Usted decide qué se fotografía.
purpose-contact-afterwards = Ser contactada más adelante
purpose-contact-afterwards-explain = Podemos contactarle más adelante sobre su caso, de la forma que usted elija.

support-heading = Apoyo que puede contactar
support-none = Todavía no se ha organizado ningún servicio de apoyo.
support-phone = Teléfono: { $number }
support-hours = Horario: { $hours }
support-languages = Idiomas: { $languages }
support-email = Correo electrónico: { $email }
handout-keep = Esta hoja es suya. Guárdela en un lugar seguro o déjela con alguien de confianza.
