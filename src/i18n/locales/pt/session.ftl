### Textos da parte de sessões da área de trabalho do caso: o plano da sessão, as constatações e a matriz de cobertura.

## Plano da sessão

session-intro = Planeie cada sessão de entrevista: quando e onde, quem está na sala e em que função, as pausas e as perguntas pela ordem PEACE. As constatações do planeamento sobre bem-estar e funções de uma sessão aparecem ao lado dela e mudam à medida que edita.
session-none = Ainda não está planeada nenhuma sessão.
session-add = Acrescentar uma sessão
session-name = Sessão { $number }, { $date }
session-name-gone = Uma sessão que já não está no plano
session-date = Data e hora
session-error-date = Escreva uma data e uma hora, como 3 de março de 2026 às 10:00.
session-place = Local
session-place-hint = Em palavras simples, por exemplo: sala de família, centro de aconselhamento de Tessaly Cross.
session-location = Tipo de local
session-location-neutral-room = Sala de entrevista neutra
session-location-ngo-premises = Instalações de uma ONG
session-location-child-friendly-room = Sala adaptada a crianças
session-location-police-station = Esquadra de polícia
session-location-immigration-office = Serviço de imigração
session-location-medical = Contexto médico
session-location-other = Outro local
session-language = Língua da sessão
session-language-hint = A língua que os entrevistadores falam, escolhida pelo nome. A língua da pessoa sobrevivente é { $survivor }; quando forem diferentes, tem de estar presente um intérprete.
session-duration = Duração em minutos
session-duration-hint = Planeie pausas para que nenhum período seja demasiado longo.
session-error-duration = Escreva a duração como um número inteiro de minutos superior a 0, como 90.
session-breaks = Pausas
session-breaks-none = Não está planeada nenhuma pausa.
session-break-at = Pausa após { $minutes } minutos
session-break-remove-named = Remover a pausa após { $minutes } minutos
session-break-new = Nova pausa, em minutos desde o início
session-break-add = Acrescentar pausa
session-break-hint = Um número inteiro de minutos entre 1 e { $duration }.
session-error-break = Escreva a pausa como um número inteiro de minutos desde o início, superior a 0 e inferior aos { $duration } minutos da sessão.
session-error-break-taken = Já existe uma pausa após { $minutes } minutos.
session-remove-item = Remover
session-attendees = Pessoas na sala
session-attendees-count = { $count ->
    [0] Ainda não está indicado ninguém além da pessoa sobrevivente.
    [one] 1 pessoa além da pessoa sobrevivente.
   *[other] { $count } pessoas além da pessoa sobrevivente.
}
session-attendee-legend = Pessoa { $number }
session-attendee-legend-named = Pessoa { $number }: { $name }
session-attendee-name = Nome ou designação da função
session-attendee-agency = Entidade
session-attendee-no-agency = Nenhuma entidade
session-attendee-role = Função
session-attendee-remove-named = Remover { $person }
session-attendee-add-legend = Acrescentar uma pessoa à sala
session-attendee-hint = Os profissionais podem ser identificados pelo nome; ou escreva uma designação de função, como entrevistador(a) da polícia. Nunca a pessoa sobrevivente.
session-attendee-add = Acrescentar pessoa
session-error-attendee-name = Escreva um nome ou uma designação de função, como entrevistador(a) da polícia.
session-role-lead-interviewer = Entrevistador(a) principal
session-role-note-taker = Responsável pelas notas
session-role-interpreter = Intérprete
session-role-support-person = Pessoa de apoio
session-role-observer = Observador(a)
session-role-legal-representative = Representante legal
session-role-guardian = Tutor(a)
session-role-other = Outra função
session-support-declined = Foi oferecida uma pessoa de apoio à pessoa sobrevivente, que recusou
session-consent-legend = Requer o consentimento da pessoa sobrevivente
session-consent-hint = Cada um destes elementos requer o consentimento informado da pessoa sobrevivente para essa finalidade, registado na secção Consentimento. Sem ele, o elemento fica bloqueado.
session-needs-recording = Gravação de áudio ou vídeo (requer consentimento para a gravação)
session-medical-examination = Exame médico (requer consentimento para um exame médico)
session-photographs = Fotografias (requerem consentimento para fotografias)
session-questions = Perguntas, pela ordem PEACE
session-questions-none = Ainda não há nenhuma pergunta nesta sessão.
session-questions-gone = Perguntas que já não estão no caso
session-questions-none-to-add = Não há perguntas a acrescentar: todas as perguntas ainda por fazer estão nesta sessão, ou o caso ainda não tem nenhuma. As perguntas são acrescentadas na secção Perguntas.
session-question-pick = Pergunta a acrescentar
session-question-option = { $phase }: { $text } ({ $agency })
session-question-add = Acrescentar à sessão
session-question-up = Subir
session-question-up-named = Subir: { $question }
session-question-down = Descer
session-question-down-named = Descer: { $question }
session-question-remove-named = Remover desta sessão: { $question }
session-question-merged = Já não é feita: fundida noutra pergunta.
session-question-answered-by-record = Já não é feita: respondida pelo registo de um relato anterior.
session-question-awaiting-consent = Já não é feita: aguarda a decisão da pessoa sobrevivente sobre a partilha de um registo.
session-remove = Remover sessão
session-remove-named = Remover { $session }
session-remove-title = Remover { $session }?
session-remove-message = A data, o local, as pessoas, as pausas e a ordem das perguntas da sessão são removidos. As suas perguntas ficam no caso.
session-remove-confirm = Remover sessão
session-findings-heading = Bem-estar e funções: { $session }
session-findings-count = { $count ->
    [0] Nenhuma constatação de bem-estar ou funções para esta sessão.
    [one] 1 constatação de bem-estar ou funções para esta sessão.
   *[other] { $count } constatações de bem-estar ou funções para esta sessão.
}

## Constatações

findings-intro = Tudo o que o planeamento encontrou neste caso, regra a regra. Quando sugere uma alteração, aceite-a com um clique; cada sugestão aceite pode ser anulada.
findings-summary = { $count ->
    [0] Nenhuma constatação.
    [one] 1 constatação: { $blocking } bloqueantes, { $warning } avisos, { $info } para informação.
   *[other] { $count } constatações: { $blocking } bloqueantes, { $warning } avisos, { $info } para informação.
}
findings-rule-heading = { $rule } ({ $count })
findings-rule-none = Nada encontrado.
findings-rule-already-told = Já contado
findings-rule-already-told-checks = Uma pergunta cujos temas a pessoa sobrevivente já contou todos em pormenor, num registo que a equipa pode obter e pode partilhar; uma sessão que decorreu mas não está registada como realizada; perguntas que uma sessão realizada não fez e que nenhuma sessão posterior inclui.
findings-rule-duplicates = Perguntas duplicadas
findings-rule-duplicates-checks = Entidades que perguntam sobre os mesmos temas com palavras quase idênticas.
findings-rule-retelling = Repetição do relato
findings-rule-retelling-checks = Temas que a pessoa sobrevivente contaria mais de duas vezes no total.
findings-rule-consent = Consentimento
findings-rule-consent-checks = Sessões, gravações, exames médicos, fotografias, registos e encaminhamentos sem o consentimento da pessoa sobrevivente.
findings-rule-wellbeing = Bem-estar
findings-rule-wellbeing-checks = Períodos longos sem pausa, uma sala cheia, falta de intérprete ou de pessoa de apoio, um local intimidante, temas sensíveis antes de criada a relação, temas que a pessoa sobrevivente pediu para evitar.
findings-rule-roles = Funções
findings-rule-roles-checks = Exatamente um(a) entrevistador(a) principal e um(a) responsável oficial pelas notas em cada sessão.
findings-rule-coach = Assistente de perguntas
findings-rule-coach-checks = Perguntas sugestivas, compostas, de escolha forçada, com "porquê" e com jargão, e perguntas fechadas durante o relato livre.
findings-severity-blocking = Bloqueante
findings-severity-warning = Aviso
findings-severity-info = Para informação
findings-concerns = Diz respeito a:
findings-suggestion = Sugestão:
findings-accept = Aceitar
findings-accept-named = Aceitar: { $suggestion }
findings-accepted-done = Aceite, e incluída em Sugestões aceites, onde pode anulá-la: { $suggestion }
findings-undone = Anulada: { $suggestion }
findings-accepted-heading = Sugestões aceites ({ $count })
findings-accepted-none = Ainda não foi aceite nenhuma sugestão.
findings-accepted-hint = As mais antigas primeiro. Anular uma repõe as suas perguntas como estavam.
findings-undo = Anular
findings-undo-named = Anular: { $suggestion }
findings-quoted = «{ $text }»
findings-question-name = Pergunta «{ $text }» ({ $agency })
findings-question-gone = uma pergunta que já não está no caso
findings-agency-gone = uma entidade que já não está no caso
findings-account-name = { $form } a { $agency }, { $date }
findings-account-gone = um relato anterior que já não está no caso
findings-subject-wording = As palavras «{ $words }» em «{ $question }»
findings-subject-consent = Consentimento para { $purpose }
findings-subject-referral = Encaminhamento para { $service }
findings-subject-topic = Tema: { $topic }
findings-purpose-take-part = participar
findings-purpose-recording = gravação de áudio ou vídeo
findings-purpose-use-as-evidence = utilização como prova
findings-purpose-share-record = partilhar um registo com { $agency }
findings-purpose-referral = um encaminhamento para { $service }
findings-purpose-medical-examination = um exame médico
findings-purpose-photographs = fotografias
findings-purpose-contact-afterwards = contacto posterior
findings-suggest-merge = Pôr de lado { $merged } e perguntar uma só vez, através do(a) entrevistador(a) principal, para todas as entidades: «{ $keep }»
findings-suggest-answered-by-record = Rever o registo ({ $record }) em vez de perguntar «{ $question }»
findings-suggest-request-share-consent = Perguntar à pessoa sobrevivente se o registo ({ $record }) pode ser partilhado com { $agencies }, em vez de voltar a perguntar «{ $question }»
findings-suggest-reword = Reformular «{ $question }» como «{ $text }»
findings-kind-already-told = Já contado num registo
findings-kind-consent-to-share-missing = Já contado, mas o registo ainda não pode ser partilhado
findings-kind-share-consent-given = O registo já pode ser partilhado
findings-kind-share-consent-refused = A pessoa sobrevivente não aceitou partilhar o registo
findings-kind-session-not-recorded = Uma sessão que decorreu não está registada
findings-kind-not-carried-over = Perguntas não feitas e não transitadas
findings-kind-duplicate-question = A mesma pergunta de várias entidades
findings-kind-retold-topic = Um tema contado vezes demais
findings-kind-consent-missing = Consentimento não registado
findings-kind-consent-declined = Consentimento recusado
findings-kind-consent-withdrawn = Consentimento retirado
findings-kind-long-without-break = Demasiado tempo sem pausa
findings-kind-too-many-attendees = Demasiadas pessoas na sala
findings-kind-interpreter-missing = Sem intérprete
findings-kind-no-support-person = Sem pessoa de apoio
findings-kind-intimidating-location = Um local intimidante
findings-kind-sensitive-before-rapport = Um tema sensível antes de criada a relação
findings-kind-avoided-topic = Um tema que a pessoa sobrevivente pediu para evitar
findings-kind-no-lead-interviewer = Sem entrevistador(a) principal
findings-kind-several-lead-interviewers = Vários entrevistadores principais
findings-kind-no-note-taker = Sem responsável pelas notas
findings-kind-several-note-takers = Vários responsáveis pelas notas
findings-kind-coach-leading = Pergunta sugestiva
findings-kind-coach-compound = Duas perguntas numa
findings-kind-coach-forced-choice = Escolha forçada
findings-kind-coach-why = Uma pergunta com "porquê"
findings-kind-coach-jargon = Jargão
findings-kind-coach-closed-in-free-recall = Pergunta fechada durante o relato livre
findings-explain-already-told = A pessoa sobrevivente já contou em pormenor todos os temas desta pergunta neste relato anterior. A equipa pode obter o registo e pode partilhá-lo com as entidades que perguntam: reveja o registo em vez de voltar a perguntar.
findings-explain-consent-to-share-missing = A pessoa sobrevivente já contou isto em pormenor neste relato anterior, mas não aceitou partilhar o registo com { $agencies }. Pergunte à pessoa sobrevivente sobre a partilha do registo em vez de voltar a fazer a pergunta.
findings-explain-share-consent-given = A pessoa sobrevivente aceitou partilhar este registo: a pergunta pode agora ser respondida a partir dele.
findings-explain-share-consent-refused = A pessoa sobrevivente não aceitou partilhar este registo. A pergunta foi posta de lado à espera desse consentimento: anule esse passo em Sugestões aceites para a fazer na entrevista, ou prescinda dela.
findings-explain-session-not-recorded = A hora planeada para esta sessão já passou, e a sessão não está registada como realizada. Registe o que aconteceu: até lá, o que a pessoa sobrevivente contou nela não consta de nenhum registo, e o próximo plano volta a perguntá-lo. Se a sessão não se realizou, mude ou remova o seu plano.
findings-explain-not-carried-over = Esta sessão não fez { $count ->
    [one] uma pergunta que ainda precisa de
   *[other] { $count } perguntas que ainda precisam de
} resposta (a pessoa sobrevivente recusou, o tempo esgotou-se, ou estava prevista para uma sessão posterior), e nenhuma sessão ainda por realizar { $count ->
    [one] a inclui. Passe-a para a sessão seguinte: mantém a sua entidade e prioridade.
   *[other] as inclui. Passe-as para a sessão seguinte: cada uma mantém a sua entidade e prioridade.
}
findings-explain-duplicate-question = Estas perguntas de entidades diferentes incidem sobre os mesmos temas com palavras quase idênticas. Pergunte uma só vez: o(a) entrevistador(a) principal faz uma pergunta para todas as entidades, atribuída a todas elas.
findings-explain-retold-topic = A pessoa sobrevivente já contou { $topic } { $told ->
    [one] uma vez
   *[other] { $told } vezes
}, e este plano perguntaria sobre o tema { $planned ->
    [one] mais uma vez
   *[other] mais { $planned } vezes
}. Procure perguntas a fundir ou a responder a partir de um registo.
findings-explain-consent-missing = Isto requer o consentimento da pessoa sobrevivente para { $purpose }, que não foi pedido nem registado. Não pode avançar até a pessoa sobrevivente o dar.
findings-explain-consent-declined = Isto requer o consentimento da pessoa sobrevivente para { $purpose }, que a pessoa sobrevivente recusou. Não pode avançar como planeado.
findings-explain-consent-withdrawn = Isto requer o consentimento da pessoa sobrevivente para { $purpose }, que a pessoa sobrevivente retirou. Não pode avançar como planeado.
findings-explain-long-without-break = Esta sessão decorre durante mais de { $limit } minutos sem pausa. Planeie uma pausa pelo menos a cada { $limit } minutos.
findings-explain-too-many-attendees = Estão { $count } pessoas na sala além da pessoa sobrevivente. Limite-as a { $limit } ou menos, e deixe as outras acompanhar a partir de outra sala.
findings-explain-interpreter-missing-language = Não está presente nenhum intérprete, mas a língua da pessoa sobrevivente ({ $survivor }) é diferente da língua da sessão ({ $session }).
findings-explain-interpreter-missing-profile = Não está presente nenhum intérprete, mas o perfil da pessoa sobrevivente indica que é necessário intérprete.
findings-explain-no-support-person = Não está presente nenhuma pessoa de apoio, e não está registado que tenha sido oferecida e recusada. Ofereça uma pessoa de apoio à pessoa sobrevivente.
findings-explain-intimidating-location = A sessão realiza-se num local deste tipo ({ $place }), que pode assustar uma pessoa sobrevivente. Prefira uma sala neutra, instalações de uma ONG ou uma sala adaptada a crianças.
findings-explain-sensitive-before-rapport = Esta pergunta incide sobre um tema sensível antes de qualquer pergunta de criação de relação (Criar relação e explicar) da sessão. Passe-a para depois das perguntas de Criar relação.
findings-explain-avoided-topic = Esta pergunta toca num tema sobre o qual a pessoa sobrevivente pediu para não ser questionada. Retire-a, ou combine antes com a pessoa sobrevivente como abordá-lo.
findings-explain-no-lead-interviewer = Ninguém é entrevistador(a) principal. Designe uma pessoa que faça as perguntas de todas as entidades.
findings-explain-several-lead-interviewers = Há { $count } pessoas como entrevistador(a) principal. Mantenha uma, que pergunta por todas as entidades; as outras podem observar.
findings-explain-no-note-taker = Ninguém é responsável pelas notas. Designe um(a) responsável oficial pelas notas.
findings-explain-several-note-takers = Há { $count } pessoas responsáveis pelas notas. Mantenha um só registo oficial: vários registos de uma entrevista podem contradizer-se.
findings-explain-coach-leading = «{ $words }» sugere a sua própria resposta, o que pode contaminar a prova.
findings-explain-coach-compound = «{ $words }» pergunta duas coisas ao mesmo tempo. Pergunte uma de cada vez.
findings-explain-coach-forced-choice = «{ $words }» só oferece as opções do(a) entrevistador(a) durante o relato livre.
findings-explain-coach-why = «{ $words }» pergunta porquê, o que pode soar a censura.
findings-explain-coach-jargon = «{ $words }» é uma palavra que a pessoa sobrevivente pode não conhecer.
findings-explain-coach-closed-in-free-recall = «{ $words }» convida a um sim ou não durante o relato livre.
findings-error-unknown-question = Essa pergunta já não está no caso, pelo que nada foi alterado.
findings-error-unknown-account = O relato anterior referido nesta sugestão já não está no caso, pelo que nada foi alterado.
findings-error-question-set-aside = «{ $question }» já está posta de lado (fundida, respondida por um registo ou à espera de consentimento). Anule isso primeiro em Sugestões aceites.
findings-error-merge-distinct = Esta fusão requer uma pergunta a manter e pelo menos uma outra pergunta, pelo que nada foi alterado.
findings-error-record-not-obtainable = O registo ({ $record }) não pode ser obtido, pelo que não pode substituir a pergunta. Marque-o como obtível em Relatos anteriores logo que a equipa o possa obter.
findings-error-record-does-not-cover = O registo ({ $record }) não abrange em pormenor todos os temas de «{ $question }», pelo que não pode substituir a pergunta.
findings-error-share-consent-not-given = A pessoa sobrevivente não aceitou partilhar o registo ({ $record }) com { $agency }. Registe primeiro esse consentimento na secção Consentimento.
findings-error-empty-rewording = A nova formulação está vazia, pelo que nada foi alterado.
findings-error-no-such-accepted = Essa sugestão aceite já não está na lista; pode já ter sido anulada. Nada foi alterado.
findings-error-undo-blocked = Isto ainda não pode ser anulado: a sugestão aceite { $number } ({ $later }) alterou mais tarde as mesmas perguntas. Anule essa primeiro.

## Cobertura

coverage-intro = Onde a pessoa sobrevivente já contou cada tema, e onde este plano voltaria a perguntar sobre ele. Uma linha com células de contado e de planeado é uma repetição do relato.
coverage-legend = Marcas na tabela
coverage-legend-told = Contado num relato anterior ou numa sessão realizada, com o respetivo pormenor
coverage-legend-planned = Planeado: ainda por perguntar nessa sessão, ou no plano enquanto a pergunta ainda não está em nenhuma sessão
coverage-legend-avoided = Evitado: uma pergunta sobre o tema foi posta de lado por uma sugestão aceite
coverage-legend-retold = A pessoa sobrevivente contaria o tema mais de uma vez no total
coverage-caption = Temas face aos relatos anteriores, às sessões realizadas e às sessões planeadas
coverage-col-topic = Tema
coverage-col-account = Relato anterior:
coverage-col-held = Sessão realizada:
coverage-cell-held = Feitas { $asked }, não feitas { $notAsked }
coverage-col-unscheduled = Ainda sem sessão
coverage-col-evidence = Prova
coverage-cell-evidence = { $kind }: { $status }
coverage-col-already-told = Já contado
coverage-col-planned-raw = Planeado no plano tal como redigido
coverage-col-planned-now = Planeado agora
coverage-cell-nothing = nada
coverage-cell-told = Contado, { $level }
coverage-cell-planned = { $count ->
    [one] Planeado: 1 pergunta
   *[other] Planeado: { $count } perguntas
}
coverage-cell-avoided = { $count ->
    [one] Evitado: 1 pergunta
   *[other] Evitado: { $count } perguntas
}
coverage-level-mentioned = mencionado
coverage-level-partial = em parte
coverage-level-detailed = em pormenor
coverage-retold = Recontado
coverage-retold-too-often = Recontado vezes demais
coverage-none = Ainda nenhum tema aparece num relato anterior ou numa pergunta. Acrescente relatos anteriores e perguntas, e os seus temas aparecem aqui.
coverage-totals = { $questions ->
    [one] As sugestões aceites poupam à pessoa sobrevivente 1 pergunta
   *[other] As sugestões aceites poupam à pessoa sobrevivente { $questions } perguntas
}: { $askings ->
    [one] menos 1 vez em que se pergunta sobre um tema.
   *[other] menos { $askings } vezes em que se pergunta sobre um tema.
}

## Sessões realizadas: porque é que o registo de uma sessão que decorreu, uma correção ou uma transição é recusado

held-error-already-held = Esta sessão já está registada como realizada. Corrija antes o seu registo.
held-error-not-held = Esta sessão ainda não está registada como realizada.
held-error-plan-held = Esta sessão decorreu, pelo que o seu plano fica como estava. Corrija antes o registo da sessão.
held-error-account-stands-for-session = Este relato anterior corresponde a { $session }, que foi realizada. Altera-se com o registo da sessão e não pode ser alterado nem removido isoladamente.
held-error-account-changed = Uma correção mantém o relato anterior que corresponde à sessão.
held-error-ends-before-start = A sessão termina antes de começar. Verifique as horas de início e de fim.
held-error-stopped-outside = Indique uma hora entre o início e o fim da sessão para o momento em que a pessoa sobrevivente parou a entrevista.
held-error-break-outside = Uma pausa após { $minutes } minutos não cabe na sessão.
held-error-lead-interviewers = { $count ->
    [0] Indique o(a) entrevistador(a) principal que esteve presente.
   *[other] Estão registadas { $count } pessoas como entrevistador(a) principal. Mantenha a que fez as perguntas.
}
held-error-lead-without-agency = Escolha a entidade do(a) entrevistador(a) principal: é ela que detém o registo da sessão.
held-error-recording-without-consent = { $form ->
    [audio] A sessão não pode ser registada como gravada em áudio: a pessoa sobrevivente não tinha dado consentimento para a gravação quando a sessão começou.
   *[video] A sessão não pode ser registada como gravada em vídeo: a pessoa sobrevivente não tinha dado consentimento para a gravação quando a sessão começou.
} Registe-a apenas como notas ou como declaração escrita; se o consentimento foi dado, registe-o primeiro na secção de consentimento.
held-error-outcome-missing = Indique o que aconteceu a «{ $question }»: respondida, respondida em parte, ou porque não foi feita.
held-error-outcome-not-planned = «{ $question }» não está no plano desta sessão.
held-error-outcome-twice = «{ $question }» tem dois resultados. Mantenha um.
held-error-not-offered = «{ $question }» não é uma pergunta a transitar: foi feita, já não é necessária ou já está num plano.

## Sessões realizadas: registar que uma sessão planeada decorreu, corrigir o registo, transitar perguntas

held-heading = Sessão realizada
held-not-yet = Quando esta sessão tiver decorrido, registe o que aconteceu: passa então a contar como algo que a pessoa sobrevivente já contou, e o próximo plano não volta a perguntá-lo.
held-record = Registar como realizada
held-record-named = Registar como realizada: { $session }
held-record-heading = Registar { $session } como realizada
held-correct = Corrigir o registo
held-correct-named = Corrigir o registo: { $session }
held-correct-heading = Corrigir o registo de { $session }
held-form-intro = O formulário parte do plano: altere o que correu de outra forma. Ao guardar, a sessão é acrescentada aos relatos anteriores, na posse da entidade do(a) entrevistador(a) principal.
held-took-place = Decorreu das { $started } às { $ended }, registada como { $recording }.
held-stopped-at = A pessoa sobrevivente parou a entrevista às { $time }.
held-started = Início
held-ended = Fim
held-present = Quem esteve presente
held-present-none = Ainda não está previsto ninguém na sala. Acrescente primeiro o(a) entrevistador(a) principal ao plano da sessão.
held-present-person = { $name }, { $role } ({ $agency })
held-breaks = Pausas feitas, em minutos desde o início
held-breaks-hint = Separe-as com vírgulas, por exemplo 40, 75. Deixe vazio se não houve pausa.
held-recording = Como a sessão foi registada
held-recording-hint = O vídeo e o áudio requerem o consentimento da pessoa sobrevivente para a gravação no momento em que a sessão começou.
held-recording-video = Vídeo
held-recording-audio = Áudio
held-recording-written = Declaração escrita
held-recording-notes = Apenas notas
held-stopped = A pessoa sobrevivente parou a entrevista
held-stopped-time = Quando a pessoa sobrevivente a parou
held-outcomes = O que aconteceu a cada pergunta planeada
held-outcomes-none = Esta sessão não tinha perguntas planeadas.
held-outcome-of = Resultado de «{ $question }»
held-outcome-answered = Respondida
held-outcome-partly = Respondida em parte
held-outcome-declined = Não feita: a pessoa sobrevivente recusou
held-outcome-out-of-time = Não feita: falta de tempo
held-outcome-no-longer-needed = Não feita: já não é necessária
held-outcome-moved = Não feita: passada para uma sessão posterior
held-added-heading = Perguntas acrescentadas na pausa para perguntas
held-added-hint = Perguntas que as entidades observadoras passaram ao(à) entrevistador(a) principal na pausa para perguntas, atribuídas à entidade que perguntou.
held-added-line = «{ $question }», feita para { $agency }: { $outcome }
held-added-remove = Remover «{ $question }» das perguntas acrescentadas na pausa
held-added-agency = Entidade que perguntou
held-added-agency-choose = Escolha a entidade
held-added-text = Pergunta feita na pausa
held-added-topic = O seu tema
held-added-topic-none = Nenhum tema
held-added-outcome = Resultado da pergunta acrescentada
held-added-add = Acrescentar a pergunta
held-added-error-text = Escreva a pergunta que foi feita na pausa.
held-added-error-agency = Escolha a entidade que fez a pergunta.
held-topics = Temas que a pessoa sobrevivente contou, e com que pormenor
held-topics-none = Nenhum tema foi registado como contado.
held-note = Nota para a equipa
held-save = Registar a sessão como realizada
held-save-correction = Guardar a correção
held-error-time = Indique o início, o fim e qualquer paragem como data e hora.
held-error-breaks = Indique as pausas em minutos inteiros desde o início, separados por vírgulas.
held-carry-over = { $count ->
    [one] Transitar a pergunta não feita para a sessão seguinte
   *[other] Transitar as { $count } perguntas não feitas para a sessão seguinte
}
held-carried-over = { $count ->
    [one] 1 pergunta transitada para { $session }.
   *[other] { $count } perguntas transitadas para { $session }.
}
held-carry-over-nothing = Todas as perguntas desta sessão foram feitas, já não são necessárias ou já estão num plano posterior.
held-plan-locked = Esta sessão decorreu: o seu plano fica como estava. Corrija antes o registo abaixo.
session-observers-outside = As entidades observadoras acompanham a partir de outra sala
session-question-break = Planear uma pausa para perguntas antes do encerramento, para os observadores passarem as suas perguntas ao(à) entrevistador(a) principal
session-question-break-hint = Ativada por predefinição quando há entidades a observar a partir de outra sala.
session-brief-names-accounts = O resumo para o(a) entrevistador(a) indica o que disseram os relatos anteriores
session-brief-names-accounts-hint = Desativado por predefinição: um(a) entrevistador(a) principal que não sabe o que foi dito antes não pode induzir a pessoa sobrevivente nesse sentido.

## Provas (regra 8, corroboração)

findings-rule-corroboration = Corroboração
findings-rule-corroboration-checks = Temas do plano que assentam apenas na palavra da pessoa sobrevivente, sem nenhuma prova pedida ou obtida; perguntas cujos temas já são mostrados por provas obtidas; pedidos de prova ainda em aberto após 30 dias.
findings-kind-word-alone = Assenta apenas na palavra da pessoa sobrevivente
findings-kind-covered-by-evidence = A prova obtida já mostra isto
findings-kind-evidence-overdue = Um pedido de prova ainda está em aberto
findings-explain-word-alone = { $count ->
    [0] Nenhuma prova pedida ou obtida corrobora { $topic }: assenta apenas na palavra da pessoa sobrevivente. O catálogo ainda não indica nenhum tipo de prova para este tema.
   *[other] Nenhuma prova pedida ou obtida corrobora { $topic }: assenta apenas na palavra da pessoa sobrevivente. Provas que o podem corroborar: { $kinds }.
}
findings-explain-covered-by-evidence = A prova obtida abrange todos os temas desta pergunta. Pergunte apenas o que a prova não consegue mostrar: uma confirmação, ou a experiência da própria pessoa sobrevivente. A pergunta mantém-se no plano.
findings-explain-evidence-overdue = Esta prova foi pedida há mais de { $days } dias e ainda não chegou. Volte a pedi-la, ou registe porque não pode ser obtida.
findings-subject-evidence = Prova { $evidence }
findings-suggest-request-evidence = Acrescentar um pedido de prova para { $agency }: { $kind }, «{ $evidence }»
evidence-kind-documents = Documentos de identificação e de viagem
evidence-kind-financial = Registos financeiros
evidence-kind-communications = Comunicações
evidence-kind-device = Dados de dispositivos (como a localização)
evidence-kind-employment = Registos do empregador, de salários e da inspeção do trabalho
evidence-kind-transport = Registos de transporte e alojamento
evidence-kind-medical = Relatórios médicos e médico-legais
evidence-kind-objects = Fotografias e objetos físicos
evidence-kind-witnesses = Depoimentos de testemunhas
evidence-kind-other = Outras provas
evidence-status-to-request = A pedir
evidence-status-requested = Pedido
evidence-status-obtained = Obtido
evidence-status-not-obtainable = Impossível de obter
evidence-error-blank-description = Indique em que consiste a prova.
evidence-error-no-topics = Escolha pelo menos um tema que a prova possa corroborar.
evidence-error-unknown-topic = O tema { $topic } não está no catálogo deste caso: acrescente-o primeiro.
evidence-error-unknown-agency = { $agency } não é uma entidade deste caso: acrescente-a primeiro, ou escolha outra.
evidence-error-already-in-case = O caso já tem esta prova ({ $item }).
evidence-error-unknown-item = Esta prova ({ $item }) já não está no caso.
evidence-error-no-reason = Indique porque é que a prova não pode ser obtida.
evidence-error-date-before-previous = A data { $date } é anterior a { $previous }, a data a que se segue.
evidence-error-move-not-allowed = Uma prova não pode passar de «{ $from }» para «{ $to }».
evidence-error-added-by-suggestion = Esta prova ({ $item }) foi pedida ao aceitar uma sugestão: anule antes essa sugestão.
evidence-error-blank-guidance = Escreva o que procurar.
evidence-error-guidance-already-listed = O catálogo já indica { $kind } para { $topic }.
evidence-guidance-background-documents = Registos civis e escolares de onde a pessoa viveu e estudou antes.
evidence-guidance-background-witnesses = Depoimentos de familiares ou vizinhos sobre a vida antes do recrutamento.
evidence-guidance-recruitment-communications = Anúncios de emprego e anúncios em linha, e mensagens nas plataformas utilizadas.
evidence-guidance-recruitment-employment = Contratos e documentação de recrutamento e de vistos de trabalho.
evidence-guidance-recruitment-financial = Comissões pagas ao recrutador: transferências e recibos.
evidence-guidance-travel-documents = Passaportes, vistos, bilhetes e registos de chegada e de fronteira.
evidence-guidance-travel-device = Dados de localização dos telemóveis durante a viagem.
evidence-guidance-travel-transport = Reservas e bilhetes, e quem os pagou.
evidence-guidance-arrival-documents = Registos de chegada e de fronteira.
evidence-guidance-arrival-transport = Registos da recolha, do transporte e do primeiro alojamento.
evidence-guidance-accommodation-transport = Registos de hotéis e arrendamentos de onde a pessoa foi alojada.
evidence-guidance-accommodation-objects = Fotografias das instalações.
evidence-guidance-control-methods-communications = Mensagens e cartas, registos de chamadas, comunicações intercetadas.
evidence-guidance-control-methods-objects = Objetos físicos: fechaduras, câmaras, regras escritas.
evidence-guidance-threats-and-violence-communications = Mensagens ameaçadoras e registos de chamadas.
evidence-guidance-threats-and-violence-medical = Relatórios médicos e médico-legais de lesões.
evidence-guidance-work-conditions-employment = Conclusões da inspeção do trabalho, e os registos do empregador ou a falta deles.
evidence-guidance-work-conditions-objects = Fotografias do local de trabalho.
evidence-guidance-working-hours-employment = Registos de salários, de tempos de trabalho e fiscais; os registos em falta do empregador.
evidence-guidance-working-hours-device = Dados de localização do telemóvel que mostram o tempo passado no local de trabalho.
evidence-guidance-payment-and-debt-financial = Registos bancários e de transferências de dinheiro.
evidence-guidance-payment-and-debt-objects = Livros de contas, recibos e listas mantidos pelos autores.
evidence-guidance-identity-documents-documents = Documentos apreendidos em buscas; registos de imigração.
evidence-guidance-injuries-and-health-medical = Relatórios médicos e médico-legais; parecer pericial sobre o trauma.
evidence-guidance-sexual-exploitation-communications = Anúncios em linha e mensagens para combinar clientes.
evidence-guidance-sexual-exploitation-financial = Pagamentos de clientes e aos autores.
evidence-guidance-sexual-exploitation-medical = Relatórios médicos e médico-legais.
evidence-guidance-other-victims-witnesses = Depoimentos de outras vítimas e de testemunhas.
evidence-guidance-perpetrators-communications = Ligações telefónicas entre as pessoas envolvidas.
evidence-guidance-perpetrators-financial = Ligações financeiras entre as pessoas envolvidas.
evidence-guidance-perpetrators-witnesses = Depoimentos de outras vítimas e de testemunhas.
evidence-guidance-locations-transport = Registos de hotéis e arrendamentos.
evidence-guidance-locations-device = Dados de localização de dispositivos.
evidence-guidance-locations-objects = Fotografias das instalações.
evidence-guidance-evidence-held-objects = As mensagens, fotografias, papéis ou objetos que a pessoa ainda tem, devidamente preservados.
evidence-guidance-evidence-held-device = Uma extração dos dados do telemóvel da pessoa, com o seu consentimento.
evidence-guidance-escape-witnesses = Depoimentos de quem ajudou a pessoa ou a viu sair.
evidence-guidance-escape-communications = Chamadas e mensagens na altura em que a pessoa conseguiu sair.
evidence-guidance-current-safety-communications = Ameaças recebidas desde então, e os respetivos registos.
evidence-guidance-current-safety-other = Registos da polícia e dos serviços de apoio sobre a segurança atual da pessoa.

## Provas: o que os registos podem provar, para que à pessoa sobrevivente só se pergunte o que só ela pode contar

evidence-heading = Provas
evidence-intro = Registos, dispositivos, documentos e testemunhas que podem provar o que aconteceu. Cada tema que uma prova demonstra é um tema sobre o qual não é preciso insistir com a pessoa sobrevivente; um tema que assenta apenas na sua palavra é um tema a corroborar antes do julgamento.
evidence-summary = { $corroborated } de { $planned } temas do plano podem ser corroborados por provas obtidas.
evidence-none = Ainda não há nenhum elemento de prova. As constatações sugerem o que pode corroborar cada tema sobre o qual o plano pergunta.
evidence-list = Elementos de prova
evidence-kind = Tipo de prova
evidence-topics = Temas que pode corroborar
evidence-agency = Entidade que a detém ou a vai obter
evidence-status = Estado
evidence-description = Descrição
evidence-status-requested-on = Pedido em { $date }
evidence-status-obtained-on = Obtido em { $date }
evidence-status-not-obtainable-on = Impossível de obter (desde { $date }): { $why }
evidence-mark-requested = Marcar como pedido: { $item }
evidence-mark-obtained = Marcar como obtido: { $item }
evidence-mark-not-obtainable = Marcar como impossível de obter: { $item }
evidence-why = Porque não pode ser obtido
evidence-save-not-obtainable = Guardar como impossível de obter
evidence-remove = Remover: { $item }
evidence-remove-title = Remover este elemento de prova?
evidence-remove-message = «{ $item }» sai do caso. O histórico mantém o registo de que esteve lá.
evidence-remove-confirm = Remover elemento de prova
evidence-add-heading = Acrescentar um elemento de prova
evidence-add = Acrescentar elemento de prova
evidence-done-added = «{ $item }» acrescentado, a pedir.
evidence-done-requested = «{ $item }» marcado como pedido.
evidence-done-obtained = «{ $item }» marcado como obtido.
evidence-done-not-obtainable = «{ $item }» marcado como impossível de obter.
evidence-done-removed = «{ $item }» removido.
evidence-catalogue-heading = O que pode corroborar cada tema
evidence-catalogue-show = Mostrar o catálogo de provas
evidence-catalogue-nothing = Ainda não está indicado nenhum tipo de prova.
evidence-catalogue-add-heading = Acrescentar um tipo de prova para um tema, neste caso
evidence-catalogue-topic = Tema
evidence-catalogue-guidance = O que é e onde encontrá-lo
evidence-catalogue-add = Acrescentar ao catálogo
evidence-catalogue-done = { $kind } acrescentado ao catálogo para { $topic }.
