### Textos entregues à pessoa sobrevivente: direitos, explicações do consentimento, folheto.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = A sua entrevista: os seus direitos e o seu apoio
handout-reference = Referência: { $code }
handout-date = Preparado em { $date }

rights-heading = Os seus direitos na entrevista
right-stop = Pode parar a entrevista a qualquer momento.
right-break = Pode pedir uma pausa sempre que precisar.
right-not-answer = Não tem de responder a todas as perguntas. Pode dizer «Não quero responder».
right-interpreter = Pode ter um intérprete na sua língua, gratuitamente.
right-support-person = Pode ter uma pessoa de apoio consigo.
right-tell-once = Não deveria ter de contar a sua história vezes sem conta. Pode perguntar se alguém já a tem.

consents-heading = O que aceitou
consents-none = Ainda não aceitou nada. Nada que precise do seu acordo acontecerá sem ele.
consent-given = Aceitou em { $date }.
consent-declined = Disse que não em { $date }.
consent-withdrawn = Retirou o seu acordo em { $date }.
consent-withdraw-how = Pode mudar de ideias a qualquer momento, sem dar explicações. Diga a qualquer pessoa da equipa, ou à sua pessoa de apoio, e nós paramos.

purpose-take-part = Participar na entrevista
purpose-take-part-explain = É a pessoa que decide se fala connosco. Dizer que não não a impede de receber apoio.
purpose-recording = Gravação de áudio ou vídeo da entrevista
purpose-recording-explain = Uma gravação pode evitar que tenha de contar a sua história outra vez. Pode pedir-nos para parar de gravar.
purpose-use-as-evidence = Usar o que diz como prova
purpose-use-as-evidence-explain = O que diz pode ser usado em tribunal para responsabilizar quem lhe fez mal.
purpose-share-record = Partilhar o registo do que disse com { $agency }
purpose-share-record-explain = Assim, { $agency } pode ler o que já contou, em vez de lhe perguntar de novo.
purpose-referral = Dar os seus contactos a { $service }
purpose-referral-explain = Assim, { $service } pode contactá-la para lhe oferecer ajuda.
purpose-medical-examination = Um exame médico
purpose-medical-examination-explain = Um médico verifica a sua saúde e pode registar lesões. Pode pedir um médico do género que preferir.
purpose-photographs = Fotografias
purpose-photographs-explain = Fotografias de lesões ou documentos podem ajudar o seu caso. É a pessoa que decide o que é fotografado.
purpose-contact-afterwards = Ser contactada mais tarde
purpose-contact-afterwards-explain = Podemos contactá-la mais tarde sobre o seu caso, da forma que escolher.

support-heading = Apoio que pode contactar
support-none = Ainda não foi organizado nenhum serviço de apoio.
support-phone = Telefone: { $number }
support-hours = Horário: { $hours }
support-languages = Línguas: { $languages }
support-email = Email: { $email }
handout-keep = Esta folha é sua. Guarde-a num lugar seguro ou deixe-a com alguém de confiança.
