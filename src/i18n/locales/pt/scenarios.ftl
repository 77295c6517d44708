# Textos dos cenários de prática incluídos. Todas as pessoas, lugares e organizações são inventados.
# As perguntas com falhas têm falhas de propósito: o formando deve encontrá-las e corrigi-las.

## Exploração laboral num navio de pesca

scenario-fishing-title = Marinheiro no Sea Wren
scenario-fishing-summary = Um homem adulto da Indonésia foi recrutado como marinheiro, mantido no mar durante meses sem pagamento e informado de que devia as despesas da sua viagem. Contou-o por escrito à inspeção do trabalho e em vídeo à polícia portuária. Quatro entidades querem agora entrevistá-lo.
scenario-fishing-evidence-logbook = O diário de bordo, o rol da tripulação e os recibos de vencimento do Sea Wren
scenario-fishing-evidence-passport = O passaporte dele, retirado da cabine do capitão
scenario-fishing-evidence-crew = Depoimentos de outros dois marinheiros
scenario-fishing-accommodation = Sessões curtas: quando está cansado tem dores de cabeça de enjoo
scenario-fishing-support-person = Técnico(a) do centro de apoio a marítimos
scenario-fishing-agency-police = Polícia de Port Carrow, Unidade Marítima
scenario-fishing-agency-inspectorate = Inspeção do Trabalho de Carrow Bay
scenario-fishing-agency-prosecutor = Ministério Público de Westmere
scenario-fishing-agency-ngo = Centro de Marítimos Lantern Quay
scenario-fishing-place = Sala de entrevistas 3, esquadra de polícia de Port Carrow
scenario-fishing-consent-recorded-by = Tamsin Orrow, técnica do Lantern Quay
scenario-fishing-q-rapport = Diga-me como gostaria que o tratássemos hoje.
scenario-fishing-q-hours = Descreva as horas que trabalhava por dia no mar.
scenario-fishing-q-documents = Conte-me o que aconteceu ao seu passaporte.
scenario-fishing-q-debt-police = Fale-me do dinheiro que o capitão disse que devia.
scenario-fishing-q-debt-inspectorate = Fale-me do dinheiro que o capitão disse que lhe devia.
scenario-fishing-q-captain = Quem mandava era o capitão, não era?
scenario-fishing-q-leave = Porque é que não saiu do barco quando estava no porto?
scenario-fishing-q-cabin = Onde dormia no barco e quem mais dormia lá?
scenario-fishing-q-support = Diga-me que apoio gostaria de receber depois de hoje.

## Recrutamento em linha de uma adulta para exploração sexual

scenario-online-title = A oferta de trabalho como modelo
scenario-online-summary = Uma mulher de vinte e dois anos respondeu a uma oferta de trabalho como modelo nas redes sociais. O homem que a contactou levou-a para um apartamento noutra cidade, onde foi explorada sexualmente. Ligou uma vez para a linha de apoio de uma ONG. A polícia, o Ministério Público, a ONG e um centro médico planeiam uma única entrevista.
scenario-online-evidence-messages = O anúncio de trabalho como modelo e as mensagens que ela guardou no telemóvel
scenario-online-evidence-payments = Pagamentos para as contas ligadas ao apartamento
scenario-online-evidence-clinic = O registo da sua ida à clínica de atendimento sem marcação
scenario-online-accommodation = Entrevistadora do sexo feminino; pediu para não falar das suas lesões
scenario-online-support-person = Técnica independente de apoio a vítimas de violência sexual
scenario-online-agency-police = Polícia de Eastbrook, Equipa de Exploração em Linha
scenario-online-agency-prosecutor = Ministério Público de Eastbrook
scenario-online-agency-ngo = Projeto para Mulheres Safe Harbour
scenario-online-agency-medical = Centro de Atendimento a Vítimas de Agressão Sexual de Eastbrook
scenario-online-place = Sala tranquila, Projeto para Mulheres Safe Harbour
scenario-online-consent-recorded-by = Ada Morrell, técnica do Safe Harbour
scenario-online-q-flat = Fale-me do trabalho que a obrigaram a fazer no apartamento.
scenario-online-q-rapport = Diga-me como gostaria que a tratássemos hoje.
scenario-online-q-contact-police = Fale-me do homem que a contactou pela internet.
scenario-online-q-contact-ngo = Fale-me do homem que a contactou primeiro pela internet.
scenario-online-q-platform = A primeira mensagem foi no Instagram ou no Facebook?
scenario-online-q-phone = É verdade que ele lhe tirou o telemóvel?
scenario-online-q-pressure = Fale-me de qualquer coação que tenha sofrido.
scenario-online-q-injuries = Descreva as lesões que teve.
scenario-online-q-support = Diga-me que apoio gostaria de receber depois de hoje.

## Servidão doméstica de uma menor

scenario-domestic-title = A casa de Alder Row
scenario-domestic-summary = Uma rapariga de quinze anos foi trazida do estrangeiro para cozinhar e limpar para uma família, sem pagamento e fechada em casa. Contou-o a uma professora e depois aos serviços de proteção de crianças numa entrevista gravada em vídeo. A tia é a sua tutora. Quatro entidades planeiam uma nova entrevista.
scenario-domestic-evidence-immigration = Registo de imigração da sua entrada e do seu visto
scenario-domestic-evidence-teacher = Depoimento da professora a quem contou
scenario-domestic-evidence-bank = Os registos bancários da família, para qualquer pagamento a ela ou aos pais
scenario-domestic-accommodation = A tia presente como tutora; pausas sempre que ela pedir
scenario-domestic-support-person = Defensor(a) da criança
scenario-domestic-agency-police = Polícia de Hollins Vale, Equipa de Proteção de Crianças
scenario-domestic-agency-children = Serviços de Proteção de Crianças de Hollins Vale
scenario-domestic-agency-prosecutor = Ministério Público de Hollins Vale
scenario-domestic-agency-immigration = Serviço de Fronteiras e Imigração de Northgate
scenario-domestic-place = Sala de entrevistas B, serviço de imigração de Northgate
scenario-domestic-consent-recorded-by = Bryn Tallow, defensor da criança
scenario-domestic-q-rapport = Fale-me de algo de que goste de fazer.
scenario-domestic-q-day = Descreva um dia normal na casa, de manhã até à noite.
scenario-domestic-q-passport-police = Conte-me o que aconteceu ao seu passaporte na casa.
scenario-domestic-q-passport-immigration = Conte-me o que aconteceu ao seu passaporte dentro da casa.
scenario-domestic-q-room = Descreva o quarto onde dormia.
scenario-domestic-q-lock = A família trancava a porta à noite?
scenario-domestic-q-teacher = Porque é que não contou mais cedo à sua professora?
scenario-domestic-q-pay = Quanto lhe pagavam e quem ficava com o dinheiro?
scenario-domestic-q-support = Diga-me que apoio gostaria de receber depois de hoje.

## Exploração laboral em estufas, depois de uma primeira sessão realizada

scenario-greenhouse-title = Depois da primeira entrevista em Fenmarch
scenario-greenhouse-summary = Uma mulher de trinta e quatro anos foi recrutada no estrangeiro para apanhar tomate nas estufas de Fenmarch. Vivia numa caravana, e a renda e o transporte eram descontados do seu salário. A sua primeira entrevista realizou-se a 12 de março no Centro de Apoio a Migrantes Brightwater, mas ainda ninguém a registou. Aceitou participar mas não ser filmada, pelo que a câmara ficou desligada e apenas foram tiradas notas. Respondeu a todas as perguntas menos uma: não houve tempo para a pergunta sobre o seu salário. Registe a sessão tal como decorreu e depois melhore o plano provisório da segunda.
scenario-greenhouse-evidence-payroll = As folhas de salários da exploração agrícola e o contrato da agência de recrutamento
scenario-greenhouse-evidence-passports = Passaportes encontrados no escritório do supervisor
scenario-greenhouse-evidence-pickers = Depoimentos de outros apanhadores
scenario-greenhouse-accommodation = Apenas de manhã: ela trabalha num turno da noite
scenario-greenhouse-support-person = Técnico(a) de apoio a migrantes
scenario-greenhouse-agency-police = Polícia de Fenmarch, Unidade de Escravatura Moderna
scenario-greenhouse-agency-inspectorate = Inspeção do Trabalho de Fenmarch
scenario-greenhouse-agency-prosecutor = Ministério Público de Lowmoor
scenario-greenhouse-agency-ngo = Centro de Apoio a Migrantes Brightwater
scenario-greenhouse-place-first = Sala tranquila, Centro de Apoio a Migrantes Brightwater
scenario-greenhouse-place-second = Sala de entrevistas 2, esquadra de polícia de Fenmarch
scenario-greenhouse-consent-recorded-by = Maren Holt, técnica do Brightwater
scenario-greenhouse-q-rapport = Diga-me como gostaria que a tratássemos hoje.
scenario-greenhouse-q-recruited = Conte-me como soube do trabalho nas estufas.
scenario-greenhouse-q-day = Descreva um dia de trabalho habitual nas estufas, de manhã até à noite.
scenario-greenhouse-q-pay = Conte-me como era paga.
scenario-greenhouse-q-support = Diga-me que apoio gostaria de receber depois de hoje.
scenario-greenhouse-q-since = Conte-me como tem estado desde a última vez que nos vimos.
scenario-greenhouse-q-passport-police = Conte-me o que aconteceu ao seu passaporte na quinta.
scenario-greenhouse-q-passport-inspectorate = Conte-me o que aconteceu ao seu passaporte lá na quinta.
scenario-greenhouse-q-supervisor = Quem mandava era o supervisor, não era?
scenario-greenhouse-q-leave = Porque é que não saiu da quinta quando a época acabou?
scenario-greenhouse-q-caravan = Onde dormia na quinta e quem mais dormia lá?
scenario-greenhouse-q-next = Diga-me o que gostaria que acontecesse a seguir.
