# IBER-RUTAS (família `routes`): migração e interculturalidade — concursos, fundo de ajuda a ações
# culturais com comunidades migrantes, estudos. As variáveis são as do catálogo de referência
# (`en`); $country fica de fora, porque o nome de um país pede artigo nesta língua.

family-name = Migração e interculturalidade

projects-paragraph = Em { $period }, o programa { $program } apoiou { STRONG($figure) } { $count ->
        [one] projeto
       *[other] projetos
    } sobre migração e interculturalidade no país.
summary-projects = Por meio do programa { $program }, { $count ->
        [one] foi apoiado { $figure } projeto
       *[other] foram apoiados { $figure } projetos
    } sobre migração e interculturalidade no país.

entries-label = Obras inscritas nos concursos
entries-paragraph = { $count ->
        [one] Foi inscrita { STRONG($figure) } obra
       *[other] Foram inscritas { STRONG($figure) } obras
    } nos concursos do programa { $program }.
awarded-label = Obras premiadas
awarded-paragraph = { $count ->
        [one] Foi premiada { STRONG($figure) } obra
       *[other] Foram premiadas { STRONG($figure) } obras
    }.
contests-caption = Concursos do programa { $program }
column-contest = Concurso
column-entries = Obras recebidas
column-awarded = Obras premiadas
contest-entries-label = Obras recebidas: { $contest }
contest-awarded-label = Obras premiadas: { $contest }

aids-label = Apoios do fundo de ajuda
aids-paragraph = { $count ->
        [one] Foi concedido { STRONG($figure) } apoio
       *[other] Foram concedidos { STRONG($figure) } apoios
    } do fundo de ajuda a ações culturais com comunidades migrantes.
summary-aids = Por meio do programa { $program }, { $count ->
        [one] foi concedido { $figure } apoio
       *[other] foram concedidos { $figure } apoios
    } a ações culturais com comunidades migrantes.
migrant-actions-label = Ações culturais com comunidades migrantes
migrant-actions-paragraph = { $count ->
        [one] Foi realizada { STRONG($figure) } ação cultural
       *[other] Foram realizadas { STRONG($figure) } ações culturais
    } com comunidades migrantes.
summary-migrant-actions = Por meio do programa { $program }, { $count ->
        [one] foi realizada { $figure } ação cultural
       *[other] foram realizadas { $figure } ações culturais
    } com comunidades migrantes.
studies-label = Estudos sobre processos migratórios
studies-paragraph = { $count ->
        [one] Foi realizado { STRONG($figure) } estudo
       *[other] Foram realizados { STRONG($figure) } estudos
    } sobre os processos migratórios.
audience-label = Público de exposições e atividades
audience-paragraph = As exposições e atividades reuniram { STRONG($figure) } { $count ->
        [one] pessoa
       *[other] pessoas
    }.
