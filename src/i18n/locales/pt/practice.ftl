# Modo de prática para formadores: cenários fictícios, a ficha de avaliação e a vista de apresentação.

practice-heading = Prática
practice-banner = Prática: dados fictícios
practice-banner-detail = Nada aqui é guardado, e o cofre nunca é lido nem escrito.
practice-intro = Escolha um cenário fictício. O seu plano provisório tem falhas deliberadas: perguntas repetidas, perguntas sugestivas e compostas, consentimentos em falta e riscos para o bem-estar da pessoa sobrevivente. Melhore o plano provisório com as mesmas secções de um caso real e depois abra a ficha de avaliação.
practice-choose-heading = Escolha um cenário
practice-scenario = Cenário
practice-language = Língua do cenário
practice-start = Iniciar o exercício
practice-replace-confirm-title = Iniciar outro exercício?
practice-replace-confirm = As suas alterações ao exercício atual vão perder-se.
practice-replace-confirm-action = Iniciar o novo exercício
practice-current-heading = Exercício atual: { $title }
practice-continue = Continuar o exercício
practice-flaw-count = { $count ->
    [one] O plano provisório tem { $count } falha deliberada.
   *[other] O plano provisório tem { $count } falhas deliberadas.
}
practice-open-file-heading = Abrir um ficheiro de prática
practice-open-file-intro = Um formador pode guardar um caso fictício como ficheiro de prática a partir do seu perfil. Abra-o aqui para praticar com ele.
practice-file = Ficheiro de prática
practice-open-file = Abrir ficheiro de prática
practice-file-none = Escolha primeiro um ficheiro de prática.
practice-file-unreadable = Não foi possível ler o ficheiro.
practice-error-not-fictional = Este ficheiro contém um caso que não está marcado como fictício. Os ficheiros de prática só podem conter casos inventados.
practice-error-malformed = Este não é um ficheiro de prática: não é JSON legível.
practice-error-wrong-format = Este não é um ficheiro de prática do Tell Once. Escolha um ficheiro guardado com "Guardar como ficheiro de prática".
practice-error-newer = Este ficheiro de prática foi guardado por uma versão mais recente do Tell Once (versão { $found }; esta lê até à { $supported }). Atualize a aplicação para o abrir.
practice-error-invalid = Este ficheiro de prática está danificado: { $detail }
practice-error-case = O caso neste ficheiro de prática não pode ser lido: { $detail }
practice-workspace-heading = Caso de prática { $code }
practice-summary-heading = O cenário
practice-tools = Ferramentas de prática
practice-reset = Repor
practice-reset-confirm-title = Repor o cenário?
practice-reset-confirm = Todas as alterações que fez a este plano provisório serão anuladas, e o cenário ficará como estava no início.
practice-reset-confirm-action = Repor o cenário
practice-reset-done = O cenário voltou ao seu plano provisório original.
practice-score-link = Ficha de avaliação
practice-presenter-link = Vista de apresentação
practice-choose-link = Escolher outro cenário
practice-back-to-exercise = Voltar ao exercício
practice-none = Não há nenhum exercício aberto. Escolha primeiro um cenário.
practice-score-heading = Ficha de avaliação
practice-score-summary = { $fixed } de { $total } falhas deliberadas corrigidas.
practice-group-repeated = Perguntas repetidas por corrigir
practice-group-coach = Observações do assistente por resolver
practice-group-consent = Consentimentos em falta
practice-group-wellbeing = Riscos para o bem-estar
practice-group-roles = Funções na sala
practice-group-after-session = Depois de uma sessão: o seu registo
practice-group-evidence = Temas assentes apenas na palavra da pessoa sobrevivente
practice-group-left = { $left } de { $total } por corrigir
practice-fixed = Corrigida
practice-missed = Não detetada
practice-rule-label = Regra { $rule }
practice-guidance-label = Orientações
practice-introduced-heading = Problemas novos
practice-introduced-intro = O planeamento encontra-os agora, e não estavam no plano provisório. Verifique-os também.
practice-introduced-none = As suas alterações não introduziram nenhum problema novo.
practice-presenter-heading = Vista de apresentação
practice-presenter-position = { $position } de { $total }
practice-presenter-next = Seguinte
practice-presenter-previous = Anterior
practice-presenter-keys = Seguinte: seta para a direita ou Page Down. Anterior: seta para a esquerda ou Page Up. Escape: voltar à ficha de avaliação.
practice-presenter-back = Voltar à ficha de avaliação
practice-save-heading = Ficheiro de prática
practice-save-intro = Guarde este caso como ficheiro de prática que os formandos podem abrir no modo de prática. O ficheiro não é cifrado, e é por isso que só um caso criado como fictício pode ser guardado.
practice-save-summary = Resumo para os formandos (opcional)
practice-save = Guardar como ficheiro de prática
practice-save-refused = Este caso não foi criado como fictício, pelo que não pode ser guardado como ficheiro de prática. Os casos reais nunca saem do cofre sem cifragem. Para formação, crie um novo caso fictício com dados inventados.
practice-save-done = Ficheiro de prática guardado.

# As sete regras do planeamento, tal como a ficha de avaliação as explica.
practice-rule-1 = Já contado: se um registo que a equipa pode obter já contém a resposta, e a pessoa sobrevivente aceitou partilhá-lo, leia o registo em vez de voltar a perguntar; caso contrário, peça esse consentimento em vez de fazer a pergunta. Uma sessão que decorreu só conta como contada depois de registada como realizada, e o que nela não foi perguntado transita para a sessão seguinte.
practice-rule-2 = Duplicados: quando duas entidades perguntam o mesmo, um(a) só entrevistador(a) principal pergunta-o uma vez, para ambas.
practice-rule-3 = Repetição do relato: cada vez que a pessoa sobrevivente volta a contar uma parte da história causa sofrimento, e as diferenças entre relatos são usadas contra ela. Reduza ao mínimo o número de vezes que cada tema é contado.
practice-rule-4 = Consentimento: a gravação, a partilha, os encaminhamentos, os exames médicos e as fotografias requerem o consentimento informado da pessoa sobrevivente, finalidade a finalidade; para uma criança, o consentimento do(a) tutor(a) e o assentimento da própria criança.
practice-rule-5 = Bem-estar: pausas pelo menos a cada 90 minutos, poucas pessoas na sala, um intérprete quando as línguas diferem, uma pessoa de apoio oferecida, um local neutro, uma relação de confiança antes dos temas dolorosos, e nenhum tema que a pessoa sobrevivente pediu para evitar.
practice-rule-6 = Funções: exatamente um(a) entrevistador(a) principal faz as perguntas de todas as entidades, e exatamente um(a) responsável oficial pelas notas mantém o registo.
practice-rule-7 = Assistente de perguntas: as perguntas abertas (Conte, Explique, Descreva) dão o relato da própria pessoa sobrevivente; as perguntas sugestivas, compostas, de escolha forçada, fechadas e com "porquê" contaminam a prova ou soam a censura.

# As orientações publicadas em que assentam as regras.
practice-guidance-who-2003 = Recomendações éticas e de segurança da OMS para entrevistar mulheres vítimas de tráfico (2003): não causar dano, saber se a pessoa já foi entrevistada, obter consentimento informado e oferecer apoio.
practice-guidance-abe = Achieving Best Evidence: registar o relato uma vez, bem, e reutilizar o registo em vez de voltar a entrevistar.
practice-guidance-ovc-5-3 = Guia eletrónico para equipas de trabalho do US Office for Victims of Crime, secção 5.3: um(a) só responsável oficial pelas notas, para que haja um só registo da entrevista.
practice-guidance-peace-unodc-8 = Entrevista PEACE (Planear e preparar, Criar relação e explicar, Relato, Encerramento, Avaliar), manual do UNODC contra o tráfico de pessoas, módulo 8: criar primeiro uma relação de confiança e depois o relato livre com perguntas abertas.
practice-guidance-barnahus = Barnahus: um único local adaptado a crianças e uma única entrevista por um(a) entrevistador(a) com formação, que todas as entidades acompanham em vez de voltarem a entrevistar.
practice-guidance-unodc-evidential-2017 = UNODC, Evidential Issues in Trafficking in Persons Cases (2017): um caso é um mosaico de prova testemunhal, documental e material, e é mais sólido quando não assenta apenas no testemunho da vítima.
practice-guidance-ovc-5-4 = Guia eletrónico para equipas de trabalho do US Office for Victims of Crime, secção 5.4: nenhum pormenor é demasiado insignificante para ser corroborado.
practice-language-unavailable = Não foi possível descarregar os textos em { $language } deste cenário. Verifique a ligação e comece novamente.
