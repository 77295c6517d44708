### Tell Once: textos da interface em português.

app-name = Tell Once
# O título do documento de uma página: o nome da página e, depois, o nome do produto.
page-title = { $page } – { $app }

## Estrutura geral

skip-to-main = Saltar para o conteúdo principal
nav-label = Principal
nav-home = Início
nav-safety = Segurança e privacidade
nav-practice = Prática
quick-exit = Saída rápida
quick-exit-hint = ou prima Shift 3 vezes
footer-device = Tudo o que introduz fica neste navegador. Nada é enviado para nenhum servidor.

## Página inicial

home-lead = O Tell Once planeia entrevistas com pessoas sobreviventes de tráfico de seres humanos para que contem cada parte da sua história o menor número de vezes possível, com o seu consentimento registado e respeitado em cada passo.
home-what-heading = O que faz
home-tell-once-heading = Um só relato, pedido uma só vez
home-tell-once = Mantém um registo do que a pessoa sobrevivente já contou, a quem e de que forma. Junta as perguntas de todas as entidades num único plano de entrevista, conduzido por um(a) só entrevistador(a) principal, e assinala o que já é respondido por algum registo que a equipa pode obter.
home-consent-heading = Consentimento, finalidade a finalidade
home-consent = Regista o consentimento informado para cada finalidade: quem o registou, quando, como e em que língua. O consentimento pode ser retirado a qualquer momento, e cada parte do plano que dele depende é assinalada de imediato.
home-referrals-heading = Apoio que acompanha a pessoa
home-referrals = Associa encaminhamentos para serviços de apoio a partir de um diretório local e prepara um folheto para a pessoa sobrevivente na sua própria língua.
home-device-heading = Nada sai deste dispositivo
home-device = O Tell Once funciona inteiramente neste navegador. Não tem servidor nem contas de utilizador, e não envia nada pela rede. O que introduz é guardado neste navegador e só sai dele num ficheiro de exportação que decida criar.
home-who-heading = A quem se destina
home-who = Investigadores e magistrados do Ministério Público que planeiam uma sessão, técnicos de apoio à vítima que registam o consentimento e os encaminhamentos, e formadores que demonstram boas práticas com casos fictícios.

## Página de segurança e privacidade

safety-heading = Segurança e privacidade
safety-exit-heading = Sair à pressa
safety-exit = Prima o botão Saída rápida, no topo de cada página, ou prima a tecla Shift 3 vezes seguidas. A página desaparece de imediato, tudo o que estava visível é apagado da memória e abre-se em seu lugar um sítio web neutro.
safety-exit-history = A saída rápida substitui esta página no histórico do navegador, pelo que o botão Retroceder não a volta a mostrar.
safety-storage-heading = O que é guardado, e onde
safety-storage = O Tell Once guarda o que introduz apenas neste navegador, neste dispositivo. Não tem servidor nem contas de utilizador, e ninguém mais pode ver o seu trabalho, a menos que o exporte para um ficheiro e partilhe esse ficheiro.
safety-network = A aplicação não comunica com nenhum outro sítio web. A sua política de segurança proíbe-o, e os seus testes verificam-no a cada alteração.
safety-origin = O Tell Once tem de ser publicado num endereço próprio (o seu próprio nome de anfitrião, como tellonce.example.org), nunca ao lado de outras páginas web no mesmo anfitrião. O navegador permite que todas as páginas do mesmo anfitrião leiam o mesmo armazenamento: outra página aí poderia ler ou alterar o que o Tell Once guarda, e o apagamento, que só remove o que o Tell Once escreveu, não consegue distinguir apenas pelo nome os dados dessa página dos seus.
safety-shared-heading = Num dispositivo partilhado ou emprestado
safety-shared = Sempre que possível, use um dispositivo de confiança. Quando terminar, saia com a Saída rápida ou feche a janela do navegador.

## Página não encontrada

not-found-heading = Página não encontrada
not-found = Não existe nenhuma página neste endereço.
not-found-home = Ir para a página inicial

## Navegação acrescentada com o cofre

nav-cases = Casos
nav-vault = Cofre e cópias de segurança
nav-exchange = Intercâmbio
save = Guardar
cancel = Cancelar

## Cofre: primeira utilização, desbloqueio, bloqueio

vault-opening = A abrir o cofre…
vault-unavailable-heading = Este navegador não consegue manter um cofre
vault-unavailable = O navegador recusou o acesso ao seu armazenamento, o que acontece em algumas janelas privadas. Abra o Tell Once numa janela normal de um navegador de confiança.
create-heading = Crie o seu cofre
create-intro = Os seus casos são guardados cifrados neste navegador, num cofre que só a sua frase-passe abre.
create-warning = Ninguém consegue recuperar uma frase-passe esquecida, nem mesmo quem criou o Tell Once. Guarde-a num lugar seguro e exporte cópias de segurança.
passphrase = Frase-passe
passphrase-confirm = Escreva novamente a frase-passe
passphrase-rules = Pelo menos 12 caracteres, e difícil de adivinhar: são recusadas palavras-passe comuns, nomes, datas, filas do teclado e sequências. Quatro ou mais palavras sem relação entre si formam uma frase-passe forte e fácil de memorizar.
passphrase-not-saved = Pede-se ao navegador que não guarde nem preencha esta frase-passe: num dispositivo partilhado ou apreendido, uma frase-passe guardada abriria todos os casos.
strength = Robustez: { $rating }
strength-weak = fraca, fácil de adivinhar
strength-fair = razoável, mas ainda demasiado fácil de adivinhar para este cofre
strength-strong = forte
strength-very-strong = muito forte
create-progress = A criar o cofre. Isto demora alguns segundos…
create-submit = Criar cofre
unlock-heading = Desbloqueie o seu cofre
unlock-intro = Escreva a sua frase-passe para abrir os seus casos. O cofre volta a bloquear-se após alguns minutos sem atividade.
unlock-progress = A desbloquear. Isto demora alguns segundos…
unlock-submit = Desbloquear
locked-inactivity = O cofre bloqueou-se automaticamente após um período sem atividade.
vault-lock = Bloquear
locked-unsaved-kept = O cofre bloqueou-se antes de estes casos serem guardados: { $cases }. As suas últimas alterações estão seladas, cifradas, no diário deste navegador e voltam quando desbloquear.
locked-unsaved-lost = Não foi possível conservar as últimas alterações destes casos, porque o armazenamento do navegador está cheio ou indisponível: { $cases }. O cofre bloqueou-se mesmo assim para os proteger. Depois de desbloquear, verifique estes casos e volte a fazer as alterações; antes disso, liberte espaço de armazenamento.
lock-waiting = A bloquear: a aguardar até às { $time } que as suas alterações sejam guardadas…
lock-waiting-failed = O cofre está a bloquear-se. Aguarda até às { $time } por esta gravação; depois bloqueia-se mesmo assim e conserva as suas alterações não guardadas, cifradas, no diário deste navegador até voltar a desbloquear.
journal-conflict-heading = Duas versões do caso { $case }
journal-conflict-text = O diário deste navegador conservou alterações ao caso { $case } que não foram guardadas, mas o cofre contém agora uma versão do caso guardada depois de essas alterações terem começado. Escolha qual conservar; a outra é descartada.
journal-conflict-keep-journal = Conservar as alterações do diário a { $case }
journal-conflict-keep-vault = Conservar a versão do cofre de { $case }
journal-unreadable-heading = Alterações não guardadas que não podem ser lidas
journal-unreadable-text = { $count ->
    [one] Uma entrada do diário de alterações não guardadas deste navegador não pode ser lida com este cofre: está danificada ou foi escrita por um cofre que foi apagado. É mantida à parte neste navegador, sem ser eliminada; apagar o cofre remove-a.
   *[other] { $count } entradas do diário de alterações não guardadas deste navegador não podem ser lidas com este cofre: estão danificadas ou foram escritas por um cofre que foi apagado. São mantidas à parte neste navegador, sem serem eliminadas; apagar o cofre remove-as.
}
journal-unreadable-dismiss = Compreendo

## Estado da gravação

save-saved = Todas as alterações guardadas
save-saved-at = Guardado às { $time }
save-saving = A guardar…
save-failed = Não guardado
save-failed-heading = As suas alterações não estão guardadas
save-failed-text = { $reason } As suas alterações são mantidas nesta janela e será feita nova tentativa de as guardar às { $time }. Não feche este separador: exporte já uma cópia.
save-retry-now = Tentar guardar novamente agora
save-failed-lock = Bloquear o cofre mesmo assim
export-now-heading = Exportar agora

## Dois separadores

tabs-follower-heading = Aberto noutro separador
tabs-follower = Este cofre está a ser editado noutro separador, pelo que este separador é só de leitura. Mostra as alterações feitas lá.
tabs-take-over = Editar antes neste separador
tabs-taking-over = A assumir o controlo…

## Lista de casos

cases-heading = Casos
case-new-heading = Novo caso
case-code = Código do caso
case-code-hint = Um código pseudónimo, como TO-2026-014. Nunca o nome da pessoa sobrevivente.
case-create = Criar caso
case-new-fictional = Caso fictício (para formação)
case-new-fictional-hint = Apenas para pessoas inventadas. Um caso fictício pode ser guardado como ficheiro de prática não cifrado; um caso real nunca pode, e um caso não pode ser tornado fictício mais tarde.
case-fictional-confirm-title = Criar um caso fictício?
case-fictional-confirm-message = Um caso fictício serve apenas para formação: tudo o que contém tem de ser inventado, nunca sobre uma pessoa real. Pode ser guardado como ficheiro de prática, que não é cifrado e pode ser lido por qualquer pessoa que o tenha. A marca não pode ser acrescentada mais tarde a um caso real.
case-fictional-confirm = Criar caso fictício
case-list-heading = Os seus casos
case-search = Pesquisar casos por código
case-list-empty = Ainda não existem casos.
case-search-none = Nenhum código de caso corresponde a esta pesquisa.
case-fictional-tag = Fictício
case-rename = Mudar o código
case-rename-named = Mudar o código de { $code }
case-rename-label = Novo código para { $code }
case-duplicate = Duplicar
case-duplicate-named = Duplicar { $code }
case-copy-word = cópia
case-delete = Eliminar
case-delete-named = Eliminar { $code }
case-delete-title = Eliminar { $code }?
case-delete-message = O caso e tudo o que contém são removidos deste navegador. Esta ação não pode ser anulada; se puder vir a precisar dele, exporte primeiro uma cópia de segurança.
case-delete-confirm = Eliminar caso
integrity-heading = Alterado fora do Tell Once
integrity-intro = Alguém ou algo alterou o armazenamento deste cofre sem o Tell Once: foi reposta uma cópia mais antiga, foi eliminado ou acrescentado um registo, ou foram editados os dados do cofre. Nada foi eliminado e tudo o resto abre normalmente. Se esta alteração não foi feita por si, trate este dispositivo como comprometido: compare estes casos com a sua última exportação e informe a sua chefia.
integrity-rolled-back = O caso { $case } foi alterado fora do Tell Once: uma cópia mais antiga (versão { $found }) substituiu a versão { $expected }. Abre como essa cópia mais antiga.
integrity-missing = O caso { $case } foi alterado fora do Tell Once: o seu registo foi eliminado. Restaure-o a partir de uma exportação.
integrity-altered = O caso { $case } foi alterado fora do Tell Once: o seu registo não é o que este cofre guardou.
integrity-unlisted = O caso { $case } foi colocado neste cofre fora do Tell Once.
integrity-metadata = Os dados não cifrados do cofre (como a sua estrutura ou a data da última exportação) foram alterados fora do Tell Once.
integrity-directory = O diretório de serviços foi alterado fora do Tell Once.
integrity-settings = As definições do cofre foram alteradas fora do Tell Once.
integrity-exchange-keys = As chaves de partilha e os contactos do cofre foram alterados fora do Tell Once.
integrity-contributions = Os contributos do cofre para pedidos de perguntas de outras entidades foram alterados fora do Tell Once.
integrity-manifest = A lista que o cofre mantém dos seus próprios registos foi removida ou alterada fora do Tell Once, pelo que desta vez não foi possível verificar nenhum caso. A próxima gravação volta a escrevê-la.
unreadable-heading = Registos que não podem ser lidos
unreadable-intro = Estes registos estão danificados ou foram alterados fora do Tell Once. Foram postos à parte, não eliminados; todos os outros casos abrem normalmente.
unreadable-item = Registo { $id }: { $reason }

## Um caso

case-heading = Caso { $code }
case-missing-heading = Caso não encontrado
case-missing = Não existe nenhum caso com este endereço no cofre. Pode ter sido eliminado.
planner-checking = A verificar o plano deste caso. Um caso grande demora um momento; entretanto, a Saída rápida continua a funcionar.
planner-restarted = As verificações do planeamento pararam e foram reiniciadas. Nada se perdeu: as constatações abaixo referem-se ao caso tal como está agora.

## Partes da aplicação descarregadas na primeira vez que são usadas
part-loading = A abrir esta página…
part-failed-heading = Não foi possível abrir esta página
part-failed = Não foi possível descarregar esta parte do Tell Once. Verifique a ligação e tente novamente.
part-retry = Tentar novamente
case-back-to-list = Voltar à lista de casos
profile-heading = Perfil da pessoa sobrevivente
profile-intro = O que a equipa precisa para planear com cuidado. Não é necessário nenhum nome em lado nenhum.
profile-language = Língua preferida
profile-language-hint = Escreva o nome da língua, em português ou na própria língua, e escolha-a da lista.
profile-interpreter = É necessário intérprete
profile-age-group = Faixa etária
age-group-adult = Adulto
age-group-minor = Menor (um tutor decide juntamente com a criança)
profile-support-person = Pessoa de apoio
profile-support-person-hint = Uma função, não um nome: por exemplo, técnico(a) de uma ONG.
profile-accommodations = Adaptações
profile-accommodations-hint = Uma por linha, por exemplo: entrevistadora do sexo feminino, sessões curtas.
case-fictional = Este é um caso fictício para formação

## Página do cofre e cópias de segurança

vault-heading = Cofre e cópias de segurança
backup-heading = Cópias de segurança
backup-intro = Uma exportação é um ficheiro cifrado com uma frase-passe à sua escolha. Guarde-o num dispositivo de confiança; a ferramenta padrão age também o consegue abrir (age -d).
backup-last = Última exportação: { $when }.
backup-never = Ainda não foi feita nenhuma exportação.
backup-stale = A sua última exportação tem mais de 7 dias. Alguns navegadores eliminam os dados de um sítio após 7 dias sem utilização: exporte agora.
storage-persisted = Este navegador aceitou manter o cofre mesmo quando houver pouco espaço de armazenamento.
storage-not-persisted = Este navegador pode eliminar o cofre quando houver pouco espaço de armazenamento. Exporte cópias de segurança com regularidade.
export-intro = Exporta todos os casos, incluindo as alterações ainda não guardadas.
export-passphrase = Frase-passe do ficheiro de exportação
export-passphrase-confirm = Escreva novamente a frase-passe da exportação
export-progress = A cifrar a exportação…
export-submit = Exportar todos os casos
export-submit-one = Exportar { $code }
export-scope = Casos a exportar
export-scope-all = Todos os casos
export-done = { $count ->
    [one] Foi exportado 1 caso. Verifique as suas transferências.
   *[other] Foram exportados { $count } casos. Verifique as suas transferências.
}

## Página do cofre: importação

import-heading = Importar casos
import-intro = Recupere casos a partir de um ficheiro de exportação criado pelo Tell Once, ou de um ficheiro de caso cifrado com age -p. Vê o que o ficheiro contém antes de ser acrescentado o que quer que seja, e nada neste cofre é substituído sem a sua confirmação.
import-file = Ficheiro de exportação a importar
import-file-hint = Um ficheiro .age com { $max } MB no máximo.
import-passphrase = Frase-passe do ficheiro de exportação
import-open = Abrir ficheiro
import-progress = A abrir o ficheiro. Isto demora alguns segundos…
import-no-file = Escolha primeiro o ficheiro de exportação a importar.
import-read-failed = O navegador não conseguiu ler esse ficheiro. Escolha-o novamente.
import-plan-heading = O que o ficheiro contém
import-plan-summary = { $count ->
    [one] O ficheiro contém 1 caso. Escolha o que importar e depois prima Importar.
   *[other] O ficheiro contém { $count } casos. Escolha o que importar e depois prima Importar.
}
import-plan-summary-dated = { $count ->
    [one] O ficheiro contém 1 caso, exportado em { $when }. Escolha o que importar e depois prima Importar.
   *[other] O ficheiro contém { $count } casos, exportados em { $when }. Escolha o que importar e depois prima Importar.
}
import-case-legend = { $code }: { $status }
import-case-new = novo neste cofre
import-case-exists = já existe neste cofre
import-case-unusable = não pode ser importado. { $reason }
import-choice-import = Importar
import-choice-skip = Ignorar
import-choice-keep-both = Manter ambos (importar como cópia)
import-choice-replace = Substituir o caso neste cofre
import-choice-needed = { $code } já existe neste cofre: escolha manter ambos, substituir ou ignorar.
import-submit = Importar
import-copy-word = importado
import-replace-title = { $count ->
    [one] Substituir 1 caso?
   *[other] Substituir { $count } casos?
}
import-replace-message = A versão de { $codes } que está neste cofre será substituída pela do ficheiro. Esta ação não pode ser anulada; se puder vir a precisar dela, exporte primeiro uma cópia de segurança.
import-replace-confirm = Substituir e importar
import-done = { $count ->
    [0] Nada foi importado.
    [one] Foi importado 1 caso.
   *[other] Foram importados { $count } casos.
}
import-renamed = { $from } foi importado como { $code }.

## Página do cofre: mudar a frase-passe

change-passphrase-heading = Mudar a frase-passe
change-passphrase-intro = Escolha uma nova frase-passe para este cofre. A atual é verificada primeiro; se algo correr mal, nada é alterado e a frase-passe atual continua a abrir o cofre.
change-passphrase-current = Frase-passe atual
change-passphrase-new = Nova frase-passe
change-passphrase-confirm = Escreva novamente a nova frase-passe
change-passphrase-rotate = Substituir também a chave do cofre (volta a cifrar todos os casos)
change-passphrase-rotate-hint = Faça-o se a frase-passe antiga ou uma cópia do armazenamento deste navegador possa ter sido vista por outra pessoa: os registos copiados antes da alteração não abrirão com a nova chave. Demora mais quando há muitos casos.
change-passphrase-submit = Mudar a frase-passe
change-passphrase-progress = A verificar a frase-passe atual e a proteger a chave do cofre com a nova. Isto demora alguns segundos…
change-passphrase-rotating = A voltar a cifrar os casos: { $done } de { $total }
change-passphrase-done = Frase-passe alterada. A partir de agora, só a nova frase-passe abre o cofre.
change-passphrase-rotated = Frase-passe alterada e chave do cofre substituída: { $records } registos cifrados de novo. A partir de agora, só a nova frase-passe abre o cofre.
change-passphrase-current-blank = Escreva a frase-passe atual.
change-passphrase-unsaved = Há alterações ainda não guardadas. Aguarde até que todas as alterações apareçam como guardadas e depois substitua a chave do cofre.
change-passphrase-failed = Nada foi alterado: { $reason }

## Página do cofre: bloqueio automático

auto-lock-heading = Bloqueio automático
auto-lock-label = Bloquear o cofre após
auto-lock-choice = { $minutes ->
    [one] 1 minuto sem atividade
   *[other] { $minutes } minutos sem atividade
}
auto-lock-hint = Esta opção é guardada neste navegador e aplica-se de imediato.
auto-lock-saved = Guardado.
auto-lock-not-saved = O navegador recusou guardar esta opção; aplica-se até a página ser fechada.

## Página do cofre: apagar tudo

wipe-heading = Apagar tudo
wipe-intro = Remove deste navegador todos os vestígios do Tell Once: o cofre e todos os seus casos, as suas preferências e tudo o que é guardado para trabalhar sem ligação. Depois, a aplicação recomeça do zero.
wipe-warning = Esta ação não pode ser anulada. Os casos que não tiver exportado perdem-se definitivamente.
wipe-start = Apagar tudo
wipe-countdown = { $seconds ->
    [one] Tudo será apagado dentro de 1 segundo. Prima Cancelar para parar.
   *[other] Tudo será apagado dentro de { $seconds } segundos. Prima Cancelar para parar.
}
wipe-cancel = Cancelar o apagamento
wipe-cancelled = Apagamento cancelado. Nada foi removido.
wipe-progress = A apagar tudo…
wipe-incomplete = O apagamento não conseguiu eliminar o armazenamento do cofre: outro separador ou janela do Tell Once ainda o tem aberto. Os seus casos foram esvaziados, mas o cofre vazio permanece. Feche todos os outros separadores e janelas do Tell Once e volte a apagar. Se esta mensagem voltar a aparecer, limpe os dados deste sítio nas definições do navegador.

export-for = O que exportar
export-for-team = O caso completo, para a equipa
export-for-agency = Pacote de partilha para { $agency }
export-for-hint = Um pacote de partilha contém apenas o que a pessoa sobrevivente consentiu partilhar com essa entidade: as perguntas da própria entidade, os relatos anteriores que pode ver e os consentimentos relacionados.
export-format = Formato da exportação
export-format-tell-once = Ficheiro Tell Once (o caso, para importar no Tell Once)
export-format-htcds-csv = HTCDS 2.0, CSV (consentimento e encaminhamentos, para um sistema de dados de casos)
export-format-htcds-json = HTCDS 2.0, JSON (consentimento e encaminhamentos, para um sistema de dados de casos)
export-format-hint = O HTCDS é a norma de dados de casos de tráfico de seres humanos da OIM. Contém o consentimento para participar e cada encaminhamento enviado, com as organizações, e nada do que a pessoa sobrevivente disse. Não tem lugar para o consentimento por finalidade, as suas retiradas ou o estado de um encaminhamento: isso fica no Tell Once.
export-submit-htcds = Exportar { $code } para HTCDS
export-htcds-done = O ficheiro HTCDS está cifrado com a sua frase-passe e pronto a guardar. Abra-o com age (age -d) antes de o carregar num sistema de dados de casos.
export-submit-packet = Exportar o pacote de partilha de { $code } para { $agency }

## Erros

error-wrong-passphrase = Essa frase-passe não abre este cofre. Verifique a disposição do teclado e a tecla Caps Lock, e tente novamente.
error-passphrase-blank = Escreva uma frase-passe.
error-passphrase-short = A frase-passe é demasiado curta: use pelo menos { $min } caracteres.
error-passphrase-guessable = Esta frase-passe é demasiado fácil de adivinhar.
error-passphrase-guessable-why = Esta frase-passe é demasiado fácil de adivinhar: { $why }
weakness-keyboard-pattern = as filas e os padrões de teclas estão entre as primeiras coisas a ser testadas.
weakness-repeats = caracteres ou grupos repetidos quase nada acrescentam.
weakness-common-password = é uma das palavras-passe mais usadas.
weakness-near-common-password = é uma palavra-passe comum com pequenas alterações.
weakness-sequence = sequências como abc ou 6543 são testadas cedo.
weakness-recent-year = os anos recentes são testados cedo.
weakness-date = as datas são testadas cedo.
weakness-single-word = uma única palavra encontra-se num dicionário.
weakness-name = nomes próprios e apelidos encontram-se em listas de nomes.
advice-unrelated-words = Use quatro ou mais palavras sem relação entre si, não uma frase conhecida.
advice-add-words = Acrescente mais uma ou duas palavras; palavras pouco comuns são melhores.
advice-tricks-do-not-help = Maiúsculas, palavras invertidas e trocas como @ por a pouco ajudam.
advice-avoid-repeats = Evite palavras e caracteres repetidos.
advice-avoid-sequences = Evite sequências.
advice-avoid-dates = Evite anos e datas, sobretudo os que estão ligados a si.
error-passphrase-mismatch = As duas frases-passe são diferentes. Escreva a mesma frase-passe nos dois campos.
error-vault-key-damaged = A chave do cofre neste navegador está danificada ou foi alterada, pelo que o cofre não pode ser aberto. Restaure os seus casos a partir de uma exportação.
error-vault-newer = Este cofre foi criado por uma versão mais recente do Tell Once. Use essa versão para o abrir.
error-vault-exists = Já existe um cofre neste navegador. Desbloqueie-o em vez de criar outro.
error-no-vault = Ainda não existe nenhum cofre neste navegador. Crie um primeiro.
error-case-not-found = Esse caso já não está no cofre.
error-case-unreadable = O registo desse caso não pode ser lido. Foi posto à parte.
error-internal = Ocorreu um erro interno no Tell Once ({ $detail }). Os seus dados em memória não foram alterados.
error-storage-full = O armazenamento do navegador está cheio.
error-storage-read-only = O armazenamento do navegador é só de leitura.
error-storage-unavailable = O armazenamento do navegador não pode ser usado neste momento.
error-storage-failed = O armazenamento do navegador falhou ({ $detail }).
error-storage-verify = Uma gravação não pôde ser lida de volta de forma idêntica.
error-code-blank = Escreva um código de caso.
error-code-taken = Outro caso já usa este código. Escolha um diferente.
error-export = A exportação falhou ({ $detail }). Nada foi escrito.
error-download = O navegador não iniciou a transferência. Tente novamente.

## Área de trabalho do caso

workspace-sections = Secções do caso
headline-avoided = { $count ->
    [one] Este plano evita 1 pergunta repetida.
   *[other] Este plano evita { $count } perguntas repetidas.
}
headline-achieved = { $told ->
    [one] A pessoa sobrevivente contou cada tema uma só vez: { $once } de 1 tema.
   *[other] A pessoa sobrevivente contou cada tema uma só vez: { $once } de { $told } temas.
}
agencies-heading = Entidades
accounts-heading = Relatos anteriores
questions-heading = Perguntas
session-heading = Plano da sessão
findings-heading = Constatações
coverage-heading = Cobertura
consent-heading = Consentimento
referrals-heading = Encaminhamentos
handout-heading = Folheto para a pessoa sobrevivente
handout-intro = Uma folha para a pessoa sobrevivente, na sua língua: os seus direitos na entrevista, os consentimentos que deu e como retirá-los, e os seus contactos de apoio. Imprima-a ou guarde-a como PDF.
handout-language = Língua do folheto
handout-language-missing = O folheto não está disponível na língua da pessoa sobrevivente ({ $language }). Escolha a língua que a pessoa lê melhor e peça ao intérprete que o percorra com ela.
handout-review-source = O texto original: todas as traduções são feitas a partir dele.
handout-review-machine-assisted = Traduzido com a ajuda de uma máquina, ainda não revisto por um falante nativo. Peça a um falante nativo que o verifique antes de o entregar à pessoa sobrevivente.
handout-review-reviewed = Revisto por um falante nativo.
print-handout = Imprimir o folheto
interface-language = Língua
interface-language-en = English
interface-language-es = Español
interface-language-fr = Français
interface-language-pt = Português
interface-language-unavailable = Não foi possível descarregar os textos em { $language }. Verifique a ligação e escolha novamente a língua.

# Uma língua pelo nome (os nomes do navegador); um caso guarda apenas o código.
language-with-autonym = { $name } — { $autonym }
language-unknown = { $tag } (uma língua que este navegador não conhece; mantida como foi escrita)
language-unknown-note = Este navegador não tem nome para este código de língua, por isso é mantido como foi escrito. Escolha a língua da lista para o substituir.
language-not-set = não indicada
language-picker-list = Sugestões
language-picker-no-match = Nenhuma língua corresponde a «{ $text }». Escreva o nome em português ou na própria língua, ou um código de língua como sq.

error-import-too-large = O ficheiro tem { $size } MB, acima do limite de { $max } MB para uma importação. Não foi aberto. Escolha um ficheiro de exportação criado pelo Tell Once.
error-import-not-age = Este não é um ficheiro de exportação cifrado. Escolha um ficheiro exportado pelo Tell Once (terminado em .age) ou criado com age -p.
error-import-age-version = Este ficheiro usa uma versão mais recente do formato age, que o Tell Once não consegue ler.
error-import-truncated = O ficheiro está incompleto: foi cortado antes do fim. Copie-o ou descarregue-o novamente.
error-import-not-passphrase = O ficheiro está cifrado para uma chave, não para uma frase-passe. Cifre-o novamente com age -p.
error-import-work-factor = O fator de trabalho scrypt do ficheiro é { $required }; o Tell Once abre ficheiros até ao fator de trabalho { $max }, pelo que não foi aberto. Cifre novamente o ficheiro com age -p, que usa 18, ou exporte-o novamente a partir do Tell Once.
error-import-work-factor-memory = O fator de trabalho scrypt do ficheiro é { $required }, mais do que a memória de que este navegador dispõe, pelo que não foi aberto. Cifre novamente o ficheiro com age -p, que usa 18, ou exporte-o novamente a partir do Tell Once.
error-import-wrong-passphrase = Essa frase-passe não abre este ficheiro. Use a frase-passe escolhida quando o ficheiro foi exportado.
error-import-corrupted = O ficheiro foi alterado ou danificado depois de ser criado. Use outra cópia.
error-import-not-tell-once = O ficheiro abre, mas não é uma exportação nem um caso do Tell Once.
error-import-newer = O ficheiro foi exportado por uma versão mais recente do Tell Once. Atualize a aplicação para o importar.
error-import-duplicate = O ficheiro contém o caso { $id } duas vezes, pelo que é incoerente. Nada foi importado.
error-import-case-newer = Foi criado por uma versão mais recente do Tell Once.
error-import-case-unreadable = O seu conteúdo não pode ser lido ({ $detail }).
error-import-invalid-case = O caso { $id } do ficheiro não pode ser importado: { $reason } Nada foi importado.
error-import-case-too-large = O caso { $code } do ficheiro contém { $count } { $part ->
    [questions] perguntas
    [prior-accounts] relatos anteriores
    [consent-events] registos de consentimento
    [sessions] sessões
    [referrals] encaminhamentos
   *[history-entries] entradas de histórico
}, mais do que os { $max } que uma importação aceita. Nada foi importado. Remova o que o caso não precisa, ou divida-o em vários casos, e exporte-o novamente.
error-import-inconsistent = O ficheiro é incoerente: um caso aparece com o identificador de outro caso. Nada foi importado.
plan-heading = Plano de entrevista
plan-intro = O plano para a equipa, uma sessão por página: quem está na sala e em que função, as pausas e as perguntas pela ordem PEACE. Imprima-o ou guarde-o como PDF.
plan-print = Imprimir o plano
plan-title = Plano de entrevista do caso { $code }
plan-confidential = Confidencial: apenas para a equipa de entrevista. Não entregue este plano à pessoa sobrevivente.
plan-document = O que mostrar e imprimir
plan-document-full = O plano completo, para a equipa
plan-document-brief = Resumo para o(a) entrevistador(a): { $session }
plan-print-brief = Imprimir o resumo para o(a) entrevistador(a)
plan-told = O que a pessoa sobrevivente já contou
plan-told-none = Não está registado nenhum relato anterior.
plan-evidence = Pedidos de prova, por entidade
plan-evidence-none = Ainda não foi pedida nenhuma prova.
plan-evidence-line = { $item } ({ $kind }): { $status }{ $dates }.
plan-evidence-requested = pedido em { $date }
plan-evidence-obtained = obtido em { $date }
plan-evidence-not-obtainable = considerado impossível de obter em { $date }
brief-title = Resumo para o(a) entrevistador(a), caso { $code }
brief-interpreter = Necessita de intérprete
brief-yes = Sim
brief-no = Não
brief-accommodations = Adaptações
brief-avoid = Temas a não abordar
brief-none = Nenhum registado
brief-blind = Este resumo omite o que disseram os relatos anteriores, para que chegue à entrevista sem expectativas que possam induzir a pessoa sobrevivente. A equipa tem o plano completo.
plan-sessions-none = Ainda não está planeada nenhuma sessão.
plan-session-heading = Sessão { $number }: { $date }
plan-place = Local
plan-duration = Duração
plan-minutes = { $minutes } minutos
plan-breaks = Pausas
plan-breaks-none = Nenhuma planeada
plan-question-break = Pausa para perguntas
plan-question-break-yes = Antes do encerramento: os observadores passam as suas perguntas ao(à) entrevistador(a) principal
plan-question-break-no = Nenhuma planeada
plan-break-at = após { $minute } minutos
plan-language = Língua da sessão
plan-survivor-language = Língua da pessoa sobrevivente
plan-lead = Entrevistador(a) principal
plan-attendees = Na sala
plan-questions = Perguntas
plan-questions-none = Ainda não está planeada nenhuma pergunta para esta sessão.
plan-asked-for = (para { $agencies })
plan-unplaced = Perguntas ainda sem sessão

## Uma nova versão da aplicação (atualização do service worker)
update-heading = Está pronta uma nova versão do Tell Once
update-ready = Funciona sem ligação, tal como esta. Os seus casos ficam no cofre cifrado deste navegador: ao mudar, todas as alterações são guardadas e o cofre é bloqueado primeiro, e depois a página é recarregada.
update-now = Guardar, bloquear e usar a nova versão
update-switching = A guardar e a mudar…

## Quem faz as alterações: o nome do autor no histórico dos casos
author-heading = O seu nome no histórico dos casos
author-ask-heading = Quem está a fazer alterações neste cofre?
author-intro = Cada alteração a um caso fica no seu histórico com a hora e o nome ou a função que indicar aqui, por exemplo «Investigador, Polícia Marítima». Fica guardado cifrado neste cofre e nunca é incluído num pacote de partilha.
author-label = O seu nome ou função para o histórico
author-keep = Usar este nome no histórico
author-saved = As alterações passam a ser registadas como feitas por { $name }.
author-error-blank = Escreva um nome ou uma função, por exemplo «Técnico(a) de apoio à vítima».
author-error-too-long = Use no máximo { $max } caracteres.
edit-refused = Essa alteração não foi feita: { $reason }

## Intercâmbio entre entidades: chaves de partilha, contactos e ficheiros trocados

exchange-key-error-blank = Cole a chave de partilha da entidade. Começa por age1.
exchange-key-error-secret-key = Esta é uma chave secreta, que nunca deve ser partilhada. Peça à entidade a sua chave de partilha pública (começa por age1) e diga-lhe que crie um novo par de chaves.
exchange-key-error-not-a-key = Isto não é uma chave de partilha. Uma chave de partilha começa por age1 e tem 62 caracteres.
exchange-key-error-checksum = Esta chave de partilha tem um erro: a sua soma de verificação não corresponde. Copie-a novamente ou compare-a carácter a carácter.
exchange-key-error-own-key = Esta é a chave de partilha deste próprio cofre. Acrescente a chave da outra entidade.
contact-error-blank-name = Escreva o nome da entidade.
contact-error-already-a-contact = Esta chave de partilha já pertence ao contacto { $agency }.
contact-error-unknown = Nenhum contacto tem esta chave de partilha.
exchange-file-error-too-large = O ficheiro tem { $size } MB, acima do limite de { $max } MB. Não foi aberto.
exchange-file-error-file = O ficheiro não pode ser aberto: { $reason }
exchange-file-error-not-for-this-vault = Este ficheiro foi criado para a chave de partilha de outra entidade. Este cofre não o consegue abrir.
exchange-file-error-passphrase-needed = Este pedido está protegido por uma frase-passe. Escreva a que a entidade coordenadora lhe deu.
exchange-file-error-not-a-request = Este ficheiro não é um pedido de perguntas.
exchange-file-error-not-a-return = Este ficheiro não é uma resposta a um pedido de perguntas.
exchange-file-error-newer = Este ficheiro foi criado por uma versão mais recente do Tell Once (formato { $found }; esta versão lê até ao { $supported }). Atualize a aplicação.
exchange-file-error-damaged = O ficheiro abre, mas o seu conteúdo está danificado.
exchange-file-error-own-request = Este pedido de perguntas foi criado neste cofre. Envie-o à entidade a que se destina.
exchange-error-request-refused = O pedido não foi criado: { $reason }
exchange-error-weak-passphrase = A frase-passe do pedido é demasiado fácil de adivinhar: { $reason }
exchange-error-unknown-contribution = Este cofre não tem nenhum contributo para esse pedido de perguntas.
exchange-error-storage = O cofre não o conseguiu guardar: { $reason }
exchange-error-encryption = Não foi possível cifrar o ficheiro: { $reason }

## Intercâmbio entre entidades: o lado da entidade (chaves, contactos, pedidos recebidos)

exchange-heading = Intercâmbio
exchange-intro = As entidades trocam perguntas para uma entrevista através de ficheiros cifrados, sem servidor. Aqui dá aos outros a sua chave de partilha, guarda as deles e abre os pedidos de perguntas que lhe enviam.
exchange-loading = A ler do cofre…
exchange-key-heading = A sua chave de partilha
exchange-key-intro = Esta chave só permite que outras entidades enviem ficheiros para este cofre; não consegue abrir o cofre nem nada do que contém.
exchange-key-loading = A ler a chave de partilha…
exchange-key-text = A sua chave para dar a outras entidades (texto)
exchange-key-qr = Código QR da sua chave de partilha
exchange-key-fingerprint = Impressão digital para ler em voz alta:
exchange-contacts-heading = Contactos
exchange-contacts-intro = As chaves de partilha de outras entidades. Marque uma como verificada só depois de ter comparado a sua impressão digital com a entidade.
exchange-contacts-none = Ainda não há contactos.
exchange-contacts-unreadable = Não foi possível ler os contactos do cofre.
exchange-contacts-caption = Contactos
exchange-contact-agency = Entidade
exchange-contact-role = Função
exchange-contact-fingerprint = Impressão digital
exchange-contact-state = Verificação
exchange-contact-actions = Ações
exchange-contact-verified-state = Verificado
exchange-contact-unverified-state = Não verificado
exchange-contact-verify = Marcar como verificado
exchange-contact-verify-named = Marcar como verificado: { $agency }
exchange-contact-verify-hint = Marque um contacto como verificado só depois de a entidade lhe ter lido a sua impressão digital por telefone (ou presencialmente) e esta corresponder à que aqui é mostrada.
exchange-contact-remove = Remover
exchange-contact-remove-named = Remover contacto: { $agency }
exchange-contact-remove-title = Remover este contacto?
exchange-contact-remove-message = { $agency } e a sua chave de partilha serão removidos deste cofre. Os ficheiros já trocados não são afetados.
exchange-contact-remove-confirm = Remover contacto
exchange-contact-add-heading = Acrescentar um contacto
exchange-contact-name = Nome da entidade
exchange-contact-key = Chave de partilha
exchange-contact-key-hint = A chave de partilha pública da entidade, tal como lha deu: começa por age1.
exchange-contact-add = Acrescentar contacto
exchange-contact-added = Contacto { $agency } acrescentado, ainda não verificado. Compare a sua impressão digital com a entidade: { $fingerprint }.
exchange-contact-verified = { $agency } está marcado como verificado.
exchange-contact-removed = Contacto { $agency } removido.
exchange-requests-heading = Pedidos de outras entidades
exchange-requests-intro = Uma entidade coordenadora envia-lhe um ficheiro de pedido de perguntas para um caso. Abra-o aqui para acrescentar as perguntas da sua entidade e depois devolva-as à entidade coordenadora.
exchange-request-open-heading = Abrir um ficheiro de pedido
exchange-request-file = Ficheiro de pedido
exchange-request-passphrase = Frase-passe (só se o pedido tiver sido protegido com uma)
exchange-request-open = Abrir pedido
exchange-request-opening = A abrir o pedido…
exchange-request-no-file = Escolha primeiro o ficheiro de pedido.
exchange-request-read-failed = Não foi possível ler o ficheiro.
exchange-request-opened = Pedido { $code } de { $lead } aberto. Está na lista abaixo.
exchange-contributions-heading = Pedidos abertos neste cofre
exchange-requests-none = Ainda não foi aberto nenhum pedido.
exchange-contribution-link = Contribuir: { $code } para { $agency }
exchange-contribution-facts = De { $lead }, prazo { $due }.
exchange-contribution-no-return = Ainda não foi escrita nenhuma resposta.
exchange-contribution-last-return = Última resposta: { $sequence }.

## Uma lista longa mostrada por páginas
rows-shown = A mostrar { $first }–{ $last } de { $count }
rows-pages = Páginas de { $list }
rows-previous = Página anterior
rows-next = Página seguinte
rows-page = Página
rows-of-pages = de { $pages }
