### Textos da secção de histórico da área de trabalho do caso: todas as alterações feitas ao caso, da mais recente para a mais antiga.

## A secção

history-heading = Histórico de alterações
history-intro = Todas as alterações feitas a este caso, da mais recente para a mais antiga: quando foram feitas, por quem, e o que mudou. O histórico não pode ser editado.
history-filters = Mostrar apenas
history-filter-kind = Tipo de alteração
history-filter-kind-all = Todos os tipos
history-kind-profile = Perfil e caso
history-kind-agencies = Entidades
history-kind-accounts = Relatos anteriores
history-kind-questions = Perguntas
history-kind-sessions = Sessões
history-kind-consent = Consentimento
history-kind-referrals = Encaminhamentos
history-kind-suggestions = Sugestões
history-kind-evidence = Provas
history-filter-agency = Entidade em causa
history-filter-agency-all = Todas as entidades
history-filter-agency-hint = Alterações à própria entidade, às suas perguntas e relatos anteriores, às pessoas que participam em sessões em seu nome, e ao consentimento para partilhar registos com ela.
history-list = Alterações a este caso, da mais recente para a mais antiga
history-count-all = { $total ->
    [one] 1 alteração
   *[other] { $total } alterações
}
history-count = { $matching } de { $total ->
    [one] 1 alteração
   *[other] { $total } alterações
}
history-count-listed = { $count }; são apresentadas as { $listed } mais recentes.
history-none = Ainda não foi registada nenhuma alteração.
history-none-match = Nenhuma alteração corresponde a estes filtros.
history-show-older = Mostrar alterações mais antigas
history-by = Por { $name }
history-by-unnamed = Por: nenhum nome definido para este cofre
history-by-trainee = Pelo formando
history-begins = O histórico deste caso começa aqui
history-begins-earlier = As alterações feitas antes desta versão do Tell Once não constam do histórico.

## Nomes de elementos que já não estão no caso

history-quoted = «{ $text }»
history-agency-gone = uma entidade entretanto removida
history-question-gone = uma pergunta entretanto removida
history-account-gone = um relato anterior entretanto removido
history-session-gone = uma sessão entretanto removida
history-session-gone-dated = uma sessão entretanto removida, planeada para { $date }
history-service-gone = um serviço que já não está neste caso
history-attendee = { $name } ({ $details })
history-attendee-unnamed = uma pessoa ainda sem nome ({ $details })
history-attendee-details = { $role }, { $agency }

## O perfil e o caso

history-rename-case = Código do caso alterado para «{ $code }»
history-mark-fictional = Marcado como caso fictício para formação
history-mark-real = Deixou de estar marcado como caso fictício para formação
history-language = Língua preferida da pessoa sobrevivente definida como «{ $language }»
history-language-cleared = Língua preferida da pessoa sobrevivente apagada
history-interpreter-needed = Registado que é necessário intérprete
history-interpreter-not-needed = Registado que não é necessário intérprete
history-age-group = Faixa etária definida como: { $age }
history-support-person = Pessoa de apoio definida como «{ $person }»
history-support-person-cleared = Pessoa de apoio apagada
history-accommodations = Adaptações definidas como: { $list }
history-accommodations-cleared = Adaptações apagadas
history-topic-added = Tema «{ $topic }» acrescentado a este caso

## Entidades

history-agency-added = Acrescentou a entidade { $agency } ({ $role })
history-agency-renamed = Mudou o nome da entidade «{ $before }» para «{ $name }» ({ $role })
history-agency-role = Alterou a função da entidade { $agency } para: { $role }
history-agency-saved = Guardou a entidade { $name } ({ $role })
history-agency-removed = Removeu a entidade { $agency }
history-agency-removed-unknown = Removeu uma entidade cujo nome não consta do histórico

## Relatos anteriores

history-account-added = Acrescentou um relato anterior: { $account }
history-account-changed = Alterou um relato anterior: { $account }
history-account-saved = Guardou um relato anterior: { $account }
history-account-removed = Removeu um relato anterior: { $account }
history-account-removed-unknown = Removeu um relato anterior que não consta do histórico

## Perguntas

history-question-added = Acrescentou a pergunta { $question } para { $agency }
history-question-changed = Alterou a pergunta { $question } para { $agency }
history-question-saved = Guardou a pergunta { $question } para { $agency }
history-question-removed = Removeu a pergunta { $question } de { $agency }
history-question-removed-unknown = Removeu uma pergunta cujas palavras não constam do histórico
history-question-moved = { $direction ->
    [up] Subiu { $question } entre as perguntas de { $agency }
   *[down] Desceu { $question } entre as perguntas de { $agency }
}

## Pedidos de perguntas às entidades

history-question-request = Enviou um pedido de perguntas a { $agency }, com prazo para as perguntas a { $due }
history-merge-return = De { $agency }, resposta { $number }: { $changes }
history-merge-return-nothing = De { $agency }, resposta { $number }: nada aceite, a entidade coordenadora manteve as suas próprias versões
history-merge-added = acrescentou { $question }
history-merge-changed = alterou { $question }
history-merge-withdrawn = retirou { $question }

## Sessões

history-session-added = Acrescentou { $session } ao plano
history-session-added-gone = Acrescentou ao plano uma sessão em { $date } (entretanto removida)
history-session-removed = Removeu do plano a sessão de { $date }
history-session-removed-unknown = Removeu uma sessão do plano
history-session-date = Data e hora alteradas para { $date } em { $session }
history-session-place = Local alterado para «{ $place }» em { $session }
history-session-place-cleared = Local apagado em { $session }
history-session-location = Tipo de local alterado para «{ $location }» em { $session }
history-session-language = Língua da entrevista alterada para «{ $language }» em { $session }
history-session-duration = { $minutes ->
    [one] Duração alterada para 1 minuto em { $session }
   *[other] Duração alterada para { $minutes } minutos em { $session }
}
history-session-break-added = Pausa acrescentada ao minuto { $minute } de { $session }
history-session-break-removed = Pausa ao minuto { $minute } removida de { $session }
history-session-attendee-added = Acrescentou { $attendee } a { $session }
history-session-attendee-changed = Alterou { $before } para { $attendee } em { $session }
history-session-attendee-changed-unknown = Alterou a pessoa número { $number } para { $attendee } em { $session }
history-session-attendee-removed = Removeu { $attendee } de { $session }
history-session-attendee-removed-unknown = Removeu a pessoa número { $number } de { $session }
history-session-support-declined = Registou que a pessoa sobrevivente recusou uma pessoa de apoio em { $session }
history-session-support-not-declined = Deixou de estar registado que a pessoa sobrevivente recusou uma pessoa de apoio em { $session }
history-session-recording = Gravação planeada em { $session }
history-session-no-recording = Gravação deixou de estar planeada em { $session }
history-session-medical = Exame médico planeado em { $session }
history-session-no-medical = Exame médico deixou de estar planeado em { $session }
history-session-photographs = Fotografias planeadas em { $session }
history-session-no-photographs = Fotografias deixaram de estar planeadas em { $session }
history-session-question-added = Acrescentou { $question } a { $session }
history-session-question-removed = Retirou { $question } de { $session }
history-session-question-moved = { $direction ->
    [up] Subiu { $question } em { $session }
   *[down] Desceu { $question } em { $session }
}
history-session-observers-outside = Os observadores acompanham { $session } a partir de outra sala
history-session-observers-inside = Os observadores estão na sala de entrevista em { $session }
history-session-question-break = Pausa para perguntas planeada antes do encerramento em { $session }
history-session-no-question-break = Nenhuma pausa para perguntas planeada em { $session }
history-session-brief-names-accounts = O resumo para o(a) entrevistador(a) de { $session } indica o que disseram os relatos anteriores
history-session-brief-blind = O resumo para o(a) entrevistador(a) de { $session } omite o que disseram os relatos anteriores
history-held-recorded = Registou { $session } como realizada
history-held-corrected = Corrigiu o registo de { $session }
history-carried-over = { $count ->
    [one] Transitou 1 pergunta não feita em { $from } para { $to }
   *[other] Transitou { $count } perguntas não feitas em { $from } para { $to }
}

## Consentimento

history-consent-given = { $party ->
    [guardian] O(A) tutor(a) deu o consentimento
    [child] A criança deu o seu próprio assentimento
   *[survivor] A pessoa sobrevivente deu o consentimento
}: { $purpose }
history-consent-declined = { $party ->
    [guardian] O(A) tutor(a) disse que não
    [child] A criança disse que não
   *[survivor] A pessoa sobrevivente disse que não
}: { $purpose }
history-consent-withdrawn = { $party ->
    [guardian] O(A) tutor(a) retirou o consentimento
    [child] A criança retirou o seu assentimento
   *[survivor] A pessoa sobrevivente retirou o consentimento
}: { $purpose }
history-consent-correction = { $decision } (corrige uma entrada anterior)

## Encaminhamentos

history-referral-attached = Sugeriu um encaminhamento para { $service }
history-referral-suggested = Encaminhamento para { $service } reposto como sugerido
history-referral-offered = Ofereceu à pessoa sobrevivente um encaminhamento para { $service }
history-referral-accepted = A pessoa sobrevivente aceitou o encaminhamento para { $service }
history-referral-declined = A pessoa sobrevivente recusou o encaminhamento para { $service }
history-referral-referred = Encaminhou a pessoa sobrevivente para { $service }
history-referral-confirmed = { $service } confirmou que aceitou o encaminhamento

## Sugestões do planeamento

history-suggestion-merge = { $count ->
    [one] Aceitou a sugestão de perguntar { $keep } uma só vez, para todas as entidades, e pôs de lado 1 pergunta semelhante
   *[other] Aceitou a sugestão de perguntar { $keep } uma só vez, para todas as entidades, e pôs de lado { $count } perguntas semelhantes
}
history-suggestion-answered-by-record = Aceitou a sugestão de ler num registo a resposta a { $question }: { $record }
history-suggestion-share-consent = Aceitou a sugestão de não voltar a perguntar { $question } até a pessoa sobrevivente decidir se { $agencies } podem ler um registo: { $record }
history-suggestion-reword = Aceitou a sugestão de reformular { $question } como «{ $text }»
history-undo-merge = Anulou a fusão de perguntas semelhantes em { $keep }
history-undo-answered-by-record = Anulou a leitura num registo da resposta a { $question }
history-undo-share-consent = Anulou a decisão de pôr { $question } de lado até a pessoa sobrevivente decidir sobre a partilha de um registo
history-undo-reword = Anulou a nova formulação de { $question }
history-undo-unknown = Anulou uma sugestão aceite antes de esta versão do Tell Once manter um histórico
history-suggestion-request-evidence = Aceitou a sugestão de pedir uma prova a { $agency }: { $evidence }
history-undo-request-evidence = Anulou o pedido de prova { $evidence }
history-evidence-gone = prova entretanto removida
history-evidence-added = Acrescentou a prova { $evidence } ({ $kind }), detida ou a obter por { $agency }
history-evidence-changed = Alterou a prova { $evidence } ({ $kind }), detida ou a obter por { $agency }
history-evidence-saved = Guardou a prova { $evidence } ({ $kind }), detida ou a obter por { $agency }
history-evidence-removed = Removeu a prova { $evidence }
history-evidence-removed-unknown = Removeu uma prova acrescentada antes de esta versão do Tell Once manter um histórico
history-evidence-to-request = Marcou a prova { $evidence } como a pedir
history-evidence-requested = Marcou a prova { $evidence } como pedida em { $date }
history-evidence-obtained = Marcou a prova { $evidence } como obtida em { $date }
history-evidence-not-obtainable = Marcou a prova { $evidence } como impossível de obter: { $why }
history-evidence-guidance-added = Acrescentou { $kind } ao catálogo de provas para { $topic }
