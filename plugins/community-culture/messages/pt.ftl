# IBERCULTURA VIVA (família `community-culture`): cultura de base comunitária. As variáveis são as
# do catálogo de referência (`en`); $country fica de fora, porque o nome de um país pede artigo
# nesta língua.

family-name = Cultura comunitária

projects-paragraph = Em { $period }, o programa { $program } apoiou { STRONG($figure) } { $count ->
        [one] projeto
       *[other] projetos
    } de cultura comunitária no país.
summary-projects = Por meio do programa { $program }, { $count ->
        [one] foi apoiado { $figure } projeto
       *[other] foram apoiados { $figure } projetos
    } de cultura comunitária no país.

organizations-label = Organizações culturais comunitárias apoiadas
organizations-paragraph = O programa { $program } apoiou { STRONG($figure) } { $count ->
        [one] organização cultural comunitária
       *[other] organizações culturais comunitárias
    }.
summary-organizations = Por meio do programa { $program }, { $count ->
        [one] foi apoiada { $figure } organização cultural comunitária
       *[other] foram apoiadas { $figure } organizações culturais comunitárias
    }.
culture-points-label = Pontos de cultura
culture-points-paragraph = { STRONG($figure) } { $count ->
        [one] ponto de cultura participou
       *[other] pontos de cultura participaram
    } do programa { $program }.
networks-label = Redes de cultura comunitária apoiadas
networks-paragraph = { $count ->
        [one] Foi apoiada { STRONG($figure) } rede
       *[other] Foram apoiadas { STRONG($figure) } redes
    } de cultura comunitária.
scholarships-label = Bolsas de formação
scholarships-paragraph = { $count ->
        [one] Foi concedida { STRONG($figure) } bolsa
       *[other] Foram concedidas { STRONG($figure) } bolsas
    } de formação em políticas culturais de base comunitária.
mobility-label = Pessoas com apoio de mobilidade
mobility-paragraph = { STRONG($figure) } { $count ->
        [one] pessoa recebeu
       *[other] pessoas receberam
    } apoio de mobilidade para participar de congressos e encontros de cultura comunitária.
local-governments-label = Governos locais na rede
local-governments-paragraph = { STRONG($figure) } { $count ->
        [one] governo local participou
       *[other] governos locais participaram
    } da rede de cidades e governos locais do programa { $program }.
exchanges-label = Intercâmbios entre comunidades
exchanges-paragraph = { $count ->
        [one] Foi realizado { STRONG($figure) } intercâmbio
       *[other] Foram realizados { STRONG($figure) } intercâmbios
    } de experiências e saberes entre comunidades.
