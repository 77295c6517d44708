### Textos da parte de perguntas da área de trabalho do caso: entidades, relatos anteriores, perguntas, temas.

## Entidades

agencies-intro = Todas as organizações envolvidas no caso, e a sua função. As perguntas e os relatos anteriores pertencem a uma entidade.
agencies-empty = Ainda não foi acrescentada nenhuma entidade. Acrescente a primeira abaixo.
agencies-table-caption = Entidades deste caso
agencies-name = Nome
agencies-role = Função
agencies-actions = Ações
agencies-add-heading = Acrescentar uma entidade
agencies-add = Acrescentar entidade
agencies-added = Entidade { $name } acrescentada.
agencies-edit = Editar
agencies-edit-named = Editar { $name }
agencies-name-of = Novo nome para { $name }
agencies-role-of = Função de { $name }
agencies-remove = Remover
agencies-remove-named = Remover { $name }
agencies-remove-title = Remover { $name }?
agencies-remove-message = A entidade é removida deste caso. Nada no caso se refere a ela.
agencies-remove-confirm = Remover entidade
agencies-removed = Entidade { $name } removida.
agencies-error-name = Escreva o nome da entidade.
agencies-in-use = { $name } não pode ser removida: { $uses } ainda se referem a ela. Passe-os para outra entidade ou remova-os primeiro.
agencies-use-questions = { $count ->
    [one] 1 pergunta
   *[other] { $count } perguntas
}
agencies-use-accounts = { $count ->
    [one] 1 relato anterior
   *[other] { $count } relatos anteriores
}
agencies-use-consent = { $count ->
    [one] 1 registo de consentimento sobre a partilha com ela
   *[other] { $count } registos de consentimento sobre a partilha com ela
}
agencies-use-attendees = { $count ->
    [one] 1 pessoa que participa numa sessão em seu nome
   *[other] { $count } pessoas que participam em sessões em seu nome
}
agencies-use-evidence = { $count ->
    [one] 1 elemento de prova que detém ou deve obter
   *[other] { $count } elementos de prova que detém ou deve obter
}
agencies-unknown = Uma entidade que já não está neste caso
agencies-role-police = Polícia
agencies-role-prosecutor = Ministério Público
agencies-role-labour-inspectorate = Inspeção do trabalho
agencies-role-ngo = ONG
agencies-role-immigration = Imigração
agencies-role-medical = Serviços médicos
agencies-role-child-protection = Proteção de crianças e jovens
agencies-role-other = Outra

## Relatos anteriores

accounts-intro = O registo do que a pessoa sobrevivente já contou: a quem, quando, de que forma e com que pormenor, e se o registo pode ser obtido. O planeamento usa-o para que ninguém volte a perguntar o que um registo já responde.
accounts-empty = Não está registado nenhum relato anterior. Pergunte à pessoa sobrevivente, com cuidado, se alguém já a entrevistou antes.
accounts-need-agency = Acrescente primeiro a entidade que recolheu o relato.
accounts-go-to-agencies = Ir para Entidades
accounts-add-open = Acrescentar um relato anterior
accounts-add-heading = Novo relato anterior
accounts-edit-heading = Alterar relato anterior
accounts-agency = Entidade que recolheu o relato
accounts-agency-choose = Escolha uma entidade
accounts-date = Data
accounts-form = Forma do registo
accounts-form-video-recorded = Gravação de vídeo
accounts-form-audio = Gravação de áudio
accounts-form-written-statement = Declaração escrita
accounts-form-notes = Notas
accounts-record = Registo
accounts-obtainable = A equipa pode obter o registo
accounts-obtainable-yes = Pode ser obtido
accounts-obtainable-no = Não pode ser obtido
accounts-topics = Temas contados
accounts-topics-legend = Temas contados, e com que pormenor
accounts-topics-none = Nenhum tema registado
accounts-topic-coverage = { $topic }: { $coverage }
accounts-summary = { $agency }, { $date } ({ $form })
accounts-save = Guardar relato anterior
accounts-added = Relato anterior acrescentado.
accounts-saved = Relato anterior guardado.
accounts-removed = Relato anterior removido.
accounts-error-agency = Escolha a entidade que recolheu o relato.
accounts-error-date = Introduza a data do relato.
accounts-error-topics = Escolha pelo menos um tema sobre o qual a pessoa sobrevivente falou.
accounts-edit = Editar
accounts-edit-named = Editar { $account }
accounts-remove = Remover
accounts-held-session = Este relato corresponde a { $session }, que foi realizada: altera-se com o registo dessa sessão, no plano da sessão.
accounts-remove-named = Remover { $account }
accounts-remove-title = Remover este relato anterior?
accounts-remove-message = { $account } é removido do registo, e o planeamento deixa de o contar.
accounts-remove-confirm = Remover relato anterior
accounts-in-use = { $account } não pode ser removido: { $count ->
    [one] 1 pergunta é respondida pelo seu registo ou aguarda
   *[other] { $count } perguntas são respondidas pelo seu registo ou aguardam
} o consentimento para o partilhar. Anule primeiro esses passos em Constatações.

## Seletor de temas

topic-picker-sensitive = Sensível
topic-picker-coverage = Com que pormenor foi contado «{ $topic }»?
topic-picker-coverage-mentioned = Mencionado
topic-picker-coverage-partial = Contado em parte
topic-picker-coverage-detailed = Contado em pormenor
topic-picker-add-summary = Acrescentar um tema a este caso
topic-picker-add-intro = Para um assunto que falta na lista. É acrescentado apenas a este caso e escolhido aqui.
topic-picker-new-id = Nome do tema
topic-picker-new-id-hint = Letras minúsculas, algarismos e hífenes, começando por uma letra, por exemplo forced-begging.
topic-picker-new-description = O que o tema abrange
topic-picker-new-sensitive = Perguntar sobre ele antes de se criar uma relação de confiança pode causar dano
topic-picker-add = Acrescentar tema
topic-picker-added = O tema «{ $topic }» foi acrescentado a este caso e escolhido.
topic-picker-error-invalid-id = «{ $id }» não pode ser um nome de tema: use letras minúsculas, algarismos e hífenes, começando por uma letra, por exemplo forced-begging.
topic-picker-error-exists = Este caso já tem um tema chamado «{ $id }». Escolha-o na lista ou escolha outro nome.
topic-picker-error-description = Descreva em poucas palavras o que o tema «{ $id }» abrange.

## Temas do relato (ids do catálogo de temas do modelo)

topic-background = Antecedentes
topic-background-description = A vida antes do recrutamento: casa, família, escola, trabalho.
topic-recruitment = Recrutamento
topic-recruitment-description = Como a pessoa foi abordada, por quem, e o que lhe foi prometido.
topic-travel = Viagem
topic-travel-description = O percurso: rotas, transporte, quem o organizou e pagou.
topic-arrival = Chegada
topic-arrival-description = O que aconteceu à chegada e quem recebeu a pessoa.
topic-accommodation = Alojamento
topic-accommodation-description = Onde a pessoa vivia, com quem, e sob que regras.
topic-control-methods = Métodos de controlo
topic-control-methods-description = Como a pessoa era controlada: vigilância, isolamento, regras, engano.
topic-threats-and-violence = Ameaças e violência
topic-threats-and-violence-description = Ameaças e violência contra a pessoa ou a sua família.
topic-work-conditions = Condições de trabalho
topic-work-conditions-description = Em que consistia o trabalho e como era um dia de trabalho.
topic-working-hours = Horário de trabalho
topic-working-hours-description = Durante quanto tempo e com que frequência a pessoa tinha de trabalhar, e os dias de descanso.
topic-payment-and-debt = Pagamento e dívida
topic-payment-and-debt-description = Salários, descontos e qualquer dívida que disseram à pessoa que tinha.
topic-identity-documents = Documentos de identificação
topic-identity-documents-description = Passaporte e outros documentos: quem os tinha e quando.
topic-injuries-and-health = Lesões e saúde
topic-injuries-and-health-description = Lesões, doenças e acesso a cuidados médicos.
topic-sexual-exploitation = Exploração sexual
topic-sexual-exploitation-description = Exploração e abuso sexual.
topic-other-victims = Outras vítimas
topic-other-victims-description = Outras pessoas na mesma situação.
topic-perpetrators = Pessoas envolvidas
topic-perpetrators-description = As pessoas envolvidas: nomes, funções, descrições.
topic-locations = Locais
topic-locations-description = Lugares: moradas, locais de trabalho, rotas.
topic-evidence-held = Provas na posse da pessoa
topic-evidence-held-description = Mensagens, fotografias, papéis ou objetos que a pessoa ainda tem.
topic-escape = Fuga
topic-escape-description = Como terminou a situação ou como a pessoa conseguiu sair dela.
topic-current-safety = Segurança atual
topic-current-safety-description = A segurança e as necessidades da pessoa neste momento.

## Perguntas

questions-intro = O que cada entidade precisa de ver respondido. Um(a) só entrevistador(a) principal faz todas as perguntas, por isso escreva-as como perguntas abertas na língua da pessoa sobrevivente; o assistente comenta a formulação à medida que escreve.
questions-need-agency = Acrescente primeiro as entidades que precisam de respostas.
questions-go-to-agencies = Ir para Entidades
questions-group-empty = { $agency } ainda não tem perguntas.
questions-group-list = Perguntas de { $agency }
questions-agency-groups = Perguntas por organismo
questions-add-for = Acrescentar uma pergunta para { $agency }
questions-add-heading = Nova pergunta
questions-edit-heading = Alterar pergunta
questions-agency = Entidade que precisa da resposta
questions-agency-choose = Escolha uma entidade
questions-text = Pergunta
questions-text-hint = As perguntas abertas funcionam melhor: Conte-me…, Descreva…, Explique…
questions-language = Língua da pergunta
questions-language-hint = Escolhida pelo nome. A língua preferida da pessoa sobrevivente é { $language }; o assistente lê inglês, espanhol, francês e português.
questions-topics = Temas sobre os quais a pergunta incide
questions-topics-label = Temas
questions-topics-none = Nenhum tema
questions-phase = Fase PEACE
questions-phase-plan = Planear e preparar
questions-phase-plan-explained = Antes da entrevista: o que a equipa precisa de saber e como perguntá-lo.
questions-phase-engage = Criar relação e explicar
questions-phase-engage-explained = Criar uma relação de confiança, explicar a finalidade, as regras e os direitos da pessoa sobrevivente, incluindo o direito de parar.
questions-phase-account = Relato
questions-phase-account-explained = Relato livre nas palavras da própria pessoa sobrevivente, seguido de perguntas abertas para esclarecer.
questions-phase-closure = Encerramento
questions-phase-closure-explained = Resumir, responder às perguntas da pessoa sobrevivente, explicar o que acontece a seguir e terminar com calma.
questions-phase-evaluate = Avaliar
questions-phase-evaluate-explained = Depois da entrevista: o que se apurou e o que ainda é necessário.
questions-priority = Prioridade
questions-priority-high = Alta
questions-priority-normal = Normal
questions-priority-low = Baixa
questions-save = Guardar pergunta
questions-added = Pergunta acrescentada.
questions-saved = Pergunta guardada.
questions-removed = Pergunta removida.
questions-error-agency = Escolha a entidade que precisa da resposta.
questions-error-text = Escreva a pergunta.
questions-edit = Editar
questions-edit-named = Editar: { $question }
questions-move-up = Subir
questions-move-up-named = Subir: { $question }
questions-move-down = Descer
questions-move-down-named = Descer: { $question }
questions-moved-up = Subiu: { $question }
questions-moved-down = Desceu: { $question }
questions-remove = Remover
questions-remove-named = Remover: { $question }
questions-remove-title = Remover esta pergunta?
questions-remove-message = «{ $question }» é removida do caso e de todos os planos de sessão.
questions-remove-confirm = Remover pergunta
questions-in-use = «{ $question }» não pode ser removida: uma sugestão aceite em Constatações alterou-a ou fundiu nela outra pergunta. Anule primeiro essa sugestão.

## O assistente de perguntas

questions-coach-heading = Assistente de perguntas
questions-coach-waiting = O assistente comenta a formulação à medida que escreve.
questions-coach-none = O assistente não tem nenhuma observação sobre esta formulação.
questions-coach-count = { $count ->
    [one] O assistente tem 1 observação sobre esta formulação.
   *[other] O assistente tem { $count } observações sobre esta formulação.
}
questions-coach-unsupported = O assistente não consegue ler perguntas em { $language }; lê inglês, espanhol, francês e português.
questions-coach-leading = Sugestiva: sugere a sua própria resposta, o que pode contaminar a prova.
questions-coach-compound = Duas perguntas numa: pergunte uma coisa de cada vez.
questions-coach-forced-choice = Escolha forçada: só oferece as opções do(a) entrevistador(a).
questions-coach-why = Pergunta «porquê», o que pode soar a censura.
questions-coach-jargon = Jargão: uma palavra que a pessoa sobrevivente pode não conhecer.
questions-coach-closed = Fechada: convida a um sim ou não durante o relato livre.
questions-coach-trigger = As palavras: «{ $words }»
questions-coach-suggestion = Formulação aberta: { $wording }
questions-coach-use = Usar esta formulação

## Em que ponto está uma pergunta, e o que o planeamento diz sobre ela

questions-status = Estado
questions-status-asked = A fazer na entrevista.
questions-status-merged = Não é feita em separado: fundida em «{ $question }» ({ $agency }), que é feita uma só vez para todas as entidades.
questions-status-merged-unknown = Não é feita em separado: fundida numa pergunta que já não está neste caso.
questions-status-answered = Não é feita: o registo de { $account } responde-lhe.
questions-status-awaiting = Não é feita por agora: aguarda que a pessoa sobrevivente decida se o registo de { $account } pode ser partilhado com { $agencies }.
questions-status-credited = É feita uma só vez também para { $agencies }.
questions-record-unknown = um relato anterior que já não está neste caso
questions-findings-heading = O que o planeamento diz
questions-finding-already-told = A pessoa sobrevivente já contou isto em pormenor em { $account }, e o registo pode ser lido. Reveja o registo em vez de voltar a perguntar.
questions-finding-consent-to-share-missing = A pessoa sobrevivente já contou isto em pormenor em { $account }, mas não aceitou partilhar esse registo com { $agencies }. Pergunte sobre a partilha do registo em vez de voltar a fazer a pergunta.
questions-finding-share-consent-given = A pessoa sobrevivente aceitou partilhar o registo de { $account } com { $agencies }: o registo pode agora responder a esta pergunta.
questions-finding-share-consent-refused = A pessoa sobrevivente não aceitou partilhar o registo de { $account } com { $agencies }. Anule a decisão de pôr a pergunta de lado, para a fazer na entrevista, ou prescinda dela.
questions-finding-duplicate = { $agencies } perguntam sobre os mesmos temas com palavras quase idênticas. Pergunte uma só vez: o(a) entrevistador(a) principal faz uma pergunta para todas as entidades.
questions-finding-consent-missing = Ler o registo para { $agencies } requer o consentimento da pessoa sobrevivente para o partilhar, e não está registado nenhum.
questions-finding-consent-declined = A pessoa sobrevivente recusou partilhar o registo com { $agencies }.
questions-finding-consent-withdrawn = A pessoa sobrevivente retirou o consentimento para partilhar o registo com { $agencies }.
questions-finding-sensitive-before-rapport = Pergunta sobre um tema sensível antes de qualquer pergunta de criação de relação (Criar relação) da sessão. Passe-a para depois das perguntas de Criar relação.
questions-finding-avoided-topic = Toca num tema sobre o qual a pessoa sobrevivente pediu para não ser questionada. Retire-a, ou combine antes com a pessoa sobrevivente como abordá-lo.
questions-finding-covered-by-evidence = A prova obtida ({ $evidence }) já mostra todos os temas desta pergunta. Pergunte apenas o que ela não consegue mostrar: uma confirmação, ou a experiência da própria pessoa sobrevivente.
questions-finding-not-carried-over = Não foi feita em { $session }, e nenhuma sessão ainda por realizar a inclui. Passe-a para a sessão seguinte.
questions-finding-coach = { $remark } As palavras: «{ $trigger }». Formulação aberta: { $rewording }

## Pedidos de perguntas às entidades e as suas respostas: porque é que um pedido ou uma resposta é recusado

exchange-error-due-before-request = O prazo das perguntas terminaria antes de o pedido ser enviado. Escolha uma data posterior.
exchange-error-unknown-request = Este caso não enviou nenhum pedido de perguntas assim. A resposta refere-se a outro caso, ou a um pedido feito noutro cofre.
exchange-error-wrong-token = A resposta não traz o código secreto de resposta do pedido, pelo que não foi feita a partir desse pedido. Não foi fundida.
exchange-error-wrong-agency = O pedido foi para { $agency }, mas a resposta vem de { $found }. Não foi fundida.
exchange-error-already-merged = Esta é a resposta { $sequence }, e a resposta { $merged } do mesmo pedido já está fundida. Uma resposta mais antiga não pode voltar a ser fundida.
exchange-error-foreign-question = A resposta traz { $question }, que foi colocada por outra entidade. Uma entidade só devolve as suas próprias perguntas.
exchange-error-question-twice = A resposta traz { $question } duas vezes. O ficheiro está danificado.
exchange-error-conflict-undecided = { $question } foi alterada neste cofre e pela entidade desde o pedido. Escolha que versão manter.
contribution-error-not-a-question-change = Aqui acrescenta, altera e retira as perguntas da sua própria entidade. Tudo o resto fica como a entidade coordenadora o enviou.
contribution-error-not-own-question = { $question } é uma pergunta de outra entidade. Só a entidade coordenadora a pode alterar.
contribution-error-edit = Essa alteração não foi feita: { $reason }

## Pedidos de perguntas: a entidade coordenadora pede às entidades as suas perguntas e funde o que elas devolvem

requests-heading = Pedidos de perguntas
requests-intro = Peça a cada entidade as suas perguntas a partir do seu próprio dispositivo: envie-lhe um ficheiro de pedido, cifrado de modo que só ela o possa abrir, e funda as perguntas que devolver neste único plano de entrevista. O pedido contém apenas o que a pessoa sobrevivente aceitou partilhar com essa entidade.
requests-make-heading = Pedir a uma entidade as suas perguntas
requests-no-agency = Acrescente primeiro as entidades do caso: um pedido é enviado a uma delas.
requests-agency = Entidade a quem pedir
requests-lead = A sua entidade, tal como a verão
requests-lead-hint = A entidade vê este nome no pedido, e devolve as suas perguntas a este cofre.
requests-due = Prazo para as perguntas
requests-note = Nota para a entidade (opcional)
requests-lock = Proteger o pedido com
requests-lock-contact = A chave de partilha de { $contact } (impressão digital ainda não comparada)
requests-lock-contact-verified = A chave de partilha de { $contact } (impressão digital comparada)
requests-lock-passphrase = Uma frase-passe que comunicarei por telefone
requests-lock-hint = Com a chave de partilha da entidade, só o cofre dela abre o ficheiro. Sem ela, escolha uma frase-passe e dê-a à entidade por um canal diferente do ficheiro.
requests-passphrase = Frase-passe do pedido
requests-passphrase-hint = Dê-a à entidade por telefone ou presencialmente, nunca juntamente com o ficheiro.
requests-make = Criar o ficheiro de pedido
requests-making = A criar o ficheiro de pedido…
requests-made-key = Ficheiro de pedido criado para { $agency }, protegido com a chave de partilha de { $contact } (impressão digital { $fingerprint }): só o cofre dessa entidade o abre. Envie-lhe o ficheiro.
requests-made-passphrase = Ficheiro de pedido criado para { $agency }, protegido com a frase-passe que escreveu. Envie-lhe o ficheiro e dê-lhe a frase-passe por outro canal.
requests-error-agency = Escolha a entidade a quem pedir.
requests-error-lead = Escreva o nome da sua entidade: a entidade vê-o no pedido.
requests-error-due = Indique a data-limite para as perguntas.
requests-error-contact = Esse contacto já não está neste cofre. Escolha outra chave, ou uma frase-passe.
requests-sent-heading = Pedidos enviados
requests-sent-none = Ainda não foi enviado nenhum pedido.
requests-sent-line = { $agency }: enviado em { $sent }, prazo { $due }. { $merged ->
    [0] Ainda não foi fundida nenhuma resposta.
    [one] Resposta 1 fundida.
   *[other] Respostas até à { $merged } fundidas.
}
requests-return-heading = Fundir uma resposta
requests-return-file = Ficheiro de resposta
requests-return-read = Ler a resposta
requests-return-choose = Escolha o ficheiro de resposta que a entidade enviou.
requests-return-unreadable = O navegador não conseguiu ler o ficheiro escolhido. Escolha-o novamente.
requests-preview-heading = Resposta { $sequence } de { $agency }
requests-preview-changes = Alterações na resposta
requests-preview-nothing = Esta resposta não altera nada: as perguntas da entidade estão como neste caso.
requests-headline-change = Este plano evita agora { $before } perguntas repetidas; com a fusão, evitaria { $after }.
requests-change-new = Pergunta nova: «{ $words }»
requests-change-changed = Pergunta alterada: «{ $words }»
requests-change-withdrawn = Pergunta retirada: «{ $words }»
requests-conflict = Também alterou esta pergunta desde o pedido. Escolha a versão a manter; { $agency } não é informada.
requests-keep-lead = Manter a sua: «{ $words }»
requests-keep-removed = Mantê-la removida, como fez
requests-take-returned = Aceitar a de { $agency }: «{ $words }»
requests-take-withdrawal = Aceitar a retirada de { $agency }
requests-change-refused = Esta alteração não pode ser feita no estado atual do caso, e fica de fora: { $reason } Volta com a próxima resposta da entidade.
requests-merge = Fundir a resposta
requests-discard = Pôr a resposta de lado
requests-merged = Resposta { $sequence } de { $agency } fundida. Cada alteração consta do histórico do caso.
## O espaço de contributo: um pedido de perguntas de outra entidade, aberto neste cofre

contribution-back = Voltar a Intercâmbio
contribution-loading = A abrir o contributo…
contribution-missing-heading = Pedido não encontrado
contribution-heading = Pedido { $code } de { $lead }
contribution-own-count = { $count ->
    [one] { $agency } coloca 1 pergunta.
   *[other] { $agency } coloca { $count } perguntas.
}
contribution-sent-heading = O que lhe foi enviado
contribution-sent-intro = Tal como a entidade coordenadora o enviou, só de leitura: apenas o que a pessoa sobrevivente consentiu partilhar com a sua entidade.
contribution-lead = Entidade coordenadora
contribution-for = A sua entidade no caso
contribution-sent-at = Enviado
contribution-due = Prazo das perguntas
contribution-note = Nota da entidade coordenadora
contribution-no-note = Sem nota.
contribution-language = Língua da pessoa sobrevivente
contribution-interpreter = É necessário intérprete
contribution-age-group = Faixa etária
contribution-accommodations = Adaptações
contribution-avoid = Temas a evitar
contribution-support = Pessoa de apoio
contribution-yes = Sim
contribution-no = Não
contribution-none = Nenhum
contribution-told-heading = O que a pessoa sobrevivente já contou
contribution-told-in = (em { $records })
contribution-told-none = Nada do que a pessoa sobrevivente contou é partilhado com a sua entidade.
contribution-questions-heading = As suas perguntas
contribution-questions-intro = Acrescente, altere e retire as perguntas da sua entidade, com o apoio do assistente enquanto as escreve. As constatações mostram o que a pessoa sobrevivente já contou e que perguntas outra entidade já faz.
contribution-others-read-only = As perguntas de { $agency } são mostradas tal como a entidade coordenadora as enviou: só ela as pode alterar.
contribution-save-failed = A sua última alteração aparece aqui mas não foi guardada no cofre: { $reason } Mantenha esta página aberta e tente novamente.
contribution-save-retry = Tentar guardar novamente
contribution-return-heading = Resposta à entidade coordenadora
contribution-return-intro = Escreve um ficheiro com as perguntas da sua entidade, cifrado de modo que só { $lead } o possa abrir. Nada mais do seu cofre vai nele.
contribution-no-return-yet = Ainda não foi escrita nenhuma resposta.
contribution-returns-made = Respostas escritas até agora: { $sequence }.
contribution-return = Responder à entidade coordenadora
contribution-returning = A escrever a resposta…
contribution-returned = Resposta { $sequence } escrita: envie este ficheiro a { $lead }. Nada mais do seu cofre vai nele.
contribution-return-failed = A resposta não foi escrita: { $reason }
contribution-return-download-failed = A resposta foi escrita, mas o navegador não guardou o ficheiro. Tente novamente: a próxima resposta contém as mesmas perguntas.
