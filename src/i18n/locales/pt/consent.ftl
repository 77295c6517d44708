### Textos da parte de consentimento da área de trabalho do caso: as secções de consentimento e de encaminhamentos.

## Consentimento: finalidades

consent-intro = A pessoa sobrevivente decide finalidade a finalidade, e pode dizer que não ou mudar de ideias a qualquer momento sem perder o apoio. Cada decisão é mantida tal como foi registada: um erro é corrigido com uma nova entrada, nunca apagado. Quando o consentimento é retirado, tudo o que no plano depende dele é assinalado de imediato sob a respetiva finalidade.
consent-purposes-list = Finalidades do consentimento
consent-minor-explained = Esta pessoa sobrevivente é menor. Cada finalidade requer duas decisões, cada uma registada como entrada própria: o consentimento do(a) tutor(a) e o assentimento da própria criança. Só conta quando ambos concordaram; se algum disser que não ou retirar a sua decisão, não conta.
consent-purpose-take-part = Participação na entrevista
consent-purpose-take-part-hint = Se a pessoa sobrevivente aceita de todo ser entrevistada.
consent-purpose-recording = Gravação de áudio ou vídeo
consent-purpose-recording-hint = Gravar a entrevista, para que possa ser reutilizada em vez de voltar a perguntar.
consent-purpose-use-as-evidence = Utilização como prova
consent-purpose-use-as-evidence-hint = Utilizar o que a pessoa sobrevivente diz num processo penal ou noutros procedimentos.
consent-purpose-medical-examination = Exame médico
consent-purpose-medical-examination-hint = Um exame médico, para os seus cuidados de saúde ou para documentar lesões.
consent-purpose-photographs = Fotografias
consent-purpose-photographs-hint = Tirar fotografias, por exemplo de lesões.
consent-purpose-contact-afterwards = Contacto posterior
consent-purpose-contact-afterwards-hint = Ser contactada depois da entrevista, sobre o caso ou o seu apoio.
consent-purpose-share-record = Partilha de registos com { $agency }
consent-purpose-share-record-hint = Permitir que esta entidade leia o que a pessoa sobrevivente já contou a outra entidade, para que não lhe voltem a perguntar.
consent-purpose-referral = Encaminhamento para { $service }
consent-purpose-referral-hint = Transmitir os dados da pessoa sobrevivente a este serviço, para que possa acompanhá-la.

consent-status-label = Estado:
consent-status-given = Dado
consent-status-declined = Recusado
consent-status-withdrawn = Retirado
consent-status-missing = Ainda não pedido
consent-status-not-understood = Não válido: compreensão não confirmada
consent-status-not-understood-hint = Foi registado um «sim» sem confirmar que a pessoa sobrevivente o compreendeu, pelo que não é consentimento. Explique novamente e registe a decisão quando a pessoa tiver compreendido.
consent-status-guardian-missing = Falta o consentimento do(a) tutor(a)
consent-status-guardian-missing-hint = A criança concordou, mas a decisão do(a) tutor(a) ainda não está registada.
consent-status-assent-missing = Falta o assentimento da criança
consent-status-assent-missing-hint = O(A) tutor(a) concordou, mas o assentimento da própria criança ainda não está registado.

consent-flags-heading = { $count ->
    [one] Um elemento planeado depende deste consentimento
   *[other] { $count } elementos planeados dependem deste consentimento
}
consent-flag-missing = Bloqueado: { $item } requer este consentimento, e não está registado nenhum.
consent-flag-declined = Bloqueado: { $item } requer este consentimento, que foi recusado.
consent-flag-withdrawn = Bloqueado: { $item } requer este consentimento, que foi retirado.
consent-flag-share-missing = { $item } já foi respondida num registo dado pela pessoa sobrevivente; pergunte-lhe se aceita partilhar esse registo em vez de voltar a perguntar.
consent-flag-share-refused = { $item } foi posta de lado à espera deste consentimento, que foi recusado ou retirado: faça-a na entrevista, ou prescinda dela.
consent-item-session = a sessão de { $date }
consent-item-session-at = a sessão de { $date } em { $place }
consent-item-question = a pergunta «{ $text }»
consent-item-referral = o encaminhamento para { $service }
consent-item-other = um elemento do plano

consent-withdraw = Retirar o consentimento
consent-withdraw-child = Retirar o assentimento da criança
consent-withdraw-guardian = Retirar o consentimento do(a) tutor(a)
consent-withdraw-title = Retirar o consentimento para { $purpose }?
consent-withdraw-message = Registar que { $party } retira o consentimento para { $purpose }, a partir de agora. Tudo o que no plano depende dele é assinalado de imediato. A decisão anterior fica no histórico.
consent-withdraw-confirm = Retirar o consentimento
consent-withdrawn-done = Retirado: { $purpose }. Tudo o que no plano depende dele é assinalado sob esta finalidade.

## Consentimento: histórico

consent-history-heading = Histórico
consent-history-of = Histórico de «{ $purpose }»
consent-history-empty = Ainda nada registado.
consent-entry-given = Dado por { $party }
consent-entry-declined = Recusado por { $party }
consent-entry-withdrawn = Retirado por { $party }
consent-entry-details = { $method }, em { $language }, registado por { $recorder }.
consent-entry-interpreter = Intérprete: { $interpreter }.
consent-entry-understood = Compreensão confirmada.
consent-entry-not-understood = Compreensão não confirmada.
consent-entry-note = Nota: { $note }
consent-entry-corrected-tag = Corrigida
consent-entry-correction-tag = Correção
consent-entry-corrected-by = Corrigida pela entrada de { $at }: esta entrada já não conta.
consent-entry-corrects = Corrige a entrada de { $at }.
consent-correct = Corrigir esta entrada
# O nome completo de um botão cujo texto visível omite aquilo sobre que atua, para leitores de ecrã.
consent-button-for = { $action }: { $subject }
consent-entry-subject = { $purpose }, { $at }

consent-party-survivor-name = a pessoa sobrevivente
consent-party-child-name = a criança
consent-party-guardian-name = o(a) tutor(a)

## Consentimento: registar uma decisão

consent-record-heading = Registar uma decisão
consent-correct-heading = Corrigir uma entrada
consent-correcting = Está a corrigir «{ $entry }» de { $at }. Registe o que realmente aconteceu: a entrada errada fica no histórico, marcada como corrigida, e deixa de contar.
consent-field-purpose = Finalidade
consent-field-decision = Decisão
consent-decision-given = Dado: concorda
consent-decision-declined = Recusado: não concorda
consent-decision-withdrawn = Retirado: retira um consentimento que tinha dado
consent-field-party = De quem é a decisão
consent-party-hint = Um menor precisa tanto da decisão do(a) tutor(a) como do assentimento da própria criança. Registe cada uma como entrada própria.
consent-party-child = A criança (o seu próprio assentimento)
consent-party-guardian = O(A) tutor(a)
consent-field-when = Quando
consent-field-when-hint = Agora, a não ser que esteja a introduzir uma decisão tomada anteriormente.
consent-field-recorded-by = Registado por
consent-field-recorded-by-hint = O seu nome ou função: alguém responde por cada entrada.
consent-field-method = Como foi dado
consent-method-spoken = Oralmente
consent-method-written = Por escrito
consent-method-signed = Assinado
consent-field-language = Língua em que foi explicado
consent-field-language-hint = Escolhida pelo nome. Começa pela língua da pessoa sobrevivente.
consent-field-interpreter = Intérprete (opcional)
consent-field-understood = A pessoa sobrevivente compreendeu o que decidiu
consent-field-understood-why = O consentimento só conta quando é informado: a pessoa sobrevivente sabe o que vai acontecer, quem o vai ver, e que pode dizer que não ou mudar de ideias a qualquer momento sem perder o apoio. Assinale esta opção apenas depois de a pessoa o ter explicado pelas suas próprias palavras. Sem isso, um «sim» é registado mas não conta como consentimento.
consent-field-note = Nota (opcional)
consent-submit = Registar a decisão
consent-submit-correction = Registar a correção
consent-cancel-correction = Cancelar a correção
consent-recorded = Registado. { $purpose }: { $status }.

## Consentimento: erros

consent-error-purpose = Escolha uma finalidade da lista.
consent-error-when = Indique a data e a hora da decisão.
consent-error-duplicate-id = Esta entrada já está no registo. Registe novamente a decisão.
consent-error-unknown-corrected = A entrada a corrigir não está no registo. Escolha «Corrigir esta entrada» na entrada pretendida.
consent-error-already-corrected = Essa entrada já foi corrigida em { $at }. Corrija antes essa correção.
consent-error-blank-recorded-by = Indique quem registou a decisão.
consent-error-blank-language = Indique a língua em que o consentimento foi explicado.
consent-error-out-of-order = Esta decisão tem a data { $at }, anterior à decisão de { $party } sobre { $purpose } registada para { $latest }. Use a hora real. Se uma entrada foi registada incorretamente, corrija antes essa entrada.
consent-error-nothing-to-withdraw = Nada a retirar: { $party } não deu consentimento para { $purpose }. Registe antes que recusa.

## Encaminhamentos

referrals-intro = Serviços de apoio associados a este caso, e o ponto em que cada um se encontra. O encaminhamento transmite os dados da pessoa sobrevivente ao serviço, pelo que requer o seu consentimento para esse encaminhamento.
referrals-none = Ainda não está associado nenhum serviço. Encontre um no diretório abaixo.
referrals-status-label = Estado:
referrals-status-suggested = Sugerido
referrals-status-offered = Oferecido
referrals-status-accepted = Aceite
referrals-status-declined = Recusado
referrals-status-referred = Encaminhado
referrals-status-confirmed = Confirmado
referrals-move-suggested = Marcar como sugerido
referrals-move-offered = Marcar como oferecido
referrals-move-accepted = Marcar como aceite
referrals-move-declined = Marcar como recusado
referrals-move-referred = Marcar como encaminhado
referrals-move-confirmed = Marcar como confirmado
referrals-closed = O serviço passou a acompanhar a pessoa sobrevivente: este encaminhamento está concluído.
referrals-consent-line = Consentimento para este encaminhamento: { $status }.
referrals-consent-link = Registe-o na secção Consentimento
referrals-flagged = Assinalado: este encaminhamento avançou, mas o consentimento de que necessita está agora { $status }. Não transmita mais nada a { $service } a não ser que a pessoa sobrevivente volte a concordar.
referrals-consent-given = dado
referrals-consent-declined = recusado
referrals-consent-withdrawn = retirado
referrals-consent-missing = ainda não pedido
referrals-consent-not-understood = não válido, compreensão não confirmada
referrals-consent-guardian-missing = em falta o consentimento do(a) tutor(a)
referrals-consent-assent-missing = em falta o assentimento da própria criança
referrals-history-heading = Histórico
referrals-history-suggested = Sugerido em { $at }
referrals-history-change = De { $from } para { $to } em { $at }
referrals-error-invalid-move = Um encaminhamento que está { $from } não pode ser marcado como { $to }.
referrals-error-consent-required = A pessoa sobrevivente ainda não pode ser encaminhada para { $service }: o seu consentimento para «Encaminhamento para { $service }» está { $status }. Registe primeiro o seu consentimento informado para este encaminhamento.
referrals-error-before-last-change = Esta alteração teria uma data anterior à última alteração do encaminhamento ({ $last }). Verifique o relógio do dispositivo e tente novamente.

referrals-organization = Organização
referrals-phones = Telefone
referrals-email = Email
referrals-web = Sítio web
referrals-hours = Horário de funcionamento
referrals-languages = Línguas
referrals-languages-none = Não indicado
referrals-categories = Categorias
referrals-eligibility = Quem pode utilizá-lo

referrals-search-heading = Encontrar um serviço
referrals-directory-empty = O diretório de serviços está vazio. Importe o seu diretório local abaixo.
referrals-category = Categoria
referrals-category-any = Qualquer categoria
referrals-language = Língua
referrals-language-hint = Escreva o nome de uma língua e escolha-a da lista; o serviço é encontrado quer o diretório indique a língua pelo nome quer pelo código.
referrals-language-any = Qualquer língua
referrals-use-survivor-language = Usar a língua da pessoa sobrevivente ({ $language })
referrals-results = { $total ->
    [one] { $count } de 1 serviço corresponde.
   *[other] { $count } de { $total } serviços correspondem.
}
referrals-attach = Associar a este caso
# O nome completo de um botão cujo texto visível omite o serviço, para leitores de ecrã.
referrals-button-for = { $action }: { $service }
referrals-already-attached = Associado a este caso.
referrals-attached = { $service } está associado a este caso como sugerido. Ofereça-o à pessoa sobrevivente no momento certo.

referrals-directory-heading = Diretório de serviços
referrals-directory-intro = Um diretório para todos os casos deste cofre, guardado cifrado nele. Importe ficheiros Open Referral (HSDS): um ficheiro JSON, ou services.csv juntamente com phones.csv e languages.csv, escolhidos ao mesmo tempo. Um serviço que já esteja no diretório é atualizado, nunca duplicado.
referrals-directory-count = { $count ->
    [one] O diretório contém um serviço.
   *[other] O diretório contém { $count } serviços.
}
referrals-directory-unreadable = O diretório guardado neste cofre não pode ser lido ({ $reason }). Fica como está; a importação substitui-o.
referrals-files = Ficheiros HSDS
referrals-files-hint = Um ficheiro .json, ou ficheiros .csv com os nomes que a exportação HSDS lhes dá.
referrals-import = Importar
referrals-importing = A importar…
referrals-imported = Importação concluída: { $added } acrescentados, { $updated } atualizados, { $unchanged } sem alterações. { $total ->
    [one] O diretório contém um serviço.
   *[other] O diretório contém { $total } serviços.
}
referrals-error-save = Não foi possível guardar o diretório, pelo que nada foi importado: { $reason }
referrals-error-nothing-chosen = Escolha primeiro um ou mais ficheiros.
referrals-error-unknown-file = { $file } não é um ficheiro que esta importação leia. Escolha um ficheiro .json, ou services.csv, phones.csv, languages.csv, schedules.csv ou organizations.csv.
referrals-error-no-services-csv = Falta o services.csv: as outras tabelas apenas complementam os serviços que ele enumera. Escolha-o juntamente com elas.
referrals-error-too-large = { $file } tem { $bytes } bytes, mais do que os { $limit } bytes que uma importação lê. Divida-o em ficheiros mais pequenos.
referrals-error-json-syntax = { $file }, linha { $line }, coluna { $column }: isto não é JSON válido ({ $detail }). Verifique se o ficheiro está completo.
referrals-error-json-shape = { $file }, linha { $line }, coluna { $column }: isto não é um documento HSDS como esperado ({ $detail }).
referrals-error-unknown-document = { $file } não é um serviço HSDS, uma lista de serviços, uma organização nem um serviço num local. Exporte um destes.
referrals-error-blank-json-value = { $file }: o campo { $field } está vazio, e todos os serviços precisam dele.
referrals-error-missing-column = { $file } não tem nenhuma coluna «{ $column }». A primeira linha tem de indicar as colunas HSDS.
referrals-error-csv-row = { $file }, linha { $line }: { $detail }
referrals-error-csv-blank = { $file }, linha { $line }: a coluna «{ $column }» está vazia. Preencha-a.
referrals-error-unknown-service = { $file }, linha { $line }: o serviço { $service } não está em services.csv. Importe-os em conjunto.
referrals-error-duplicate-service = { $file }, { $place }: o serviço { $service } aparece duas vezes. Mantenha uma entrada por serviço.
