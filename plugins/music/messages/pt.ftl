# A família `music` (IBERMÚSICAS…): os projetos da parte relatora, os artistas de outros
# Estados-membros que ela acolheu e o apoio recebido por unidade paga. As variáveis são as do
# catálogo em inglês; o nome do país ($country) pede artigo em português («o Brasil», «a
# Argentina», «Portugal»), que os dados não dão: as frases falam do país sem nomeá-lo.

family-name = Música
section-title = Projetos, artistas e apoios

projects-paragraph = Em { $period }, { $count ->
        [one] { STRONG($figure) } projeto nacional foi desenvolvido
       *[other] { STRONG($figure) } projetos nacionais foram desenvolvidos
    } com o apoio do programa { $program }.

artists-label = Artistas de outros Estados-membros acolhidos
artists-paragraph = Em { $period }, { $count ->
        [one] { STRONG($figure) } artista de outro Estado-membro desenvolveu seu projeto
       *[other] { STRONG($figure) } artistas de outros Estados-membros desenvolveram seus projetos
    } no país com o apoio do programa { $program }.

ratio-label = Apoio recebido por unidade paga
ratio-paragraph = { $dated ->
        [yes] Em { $period }, foram
       *[no] Foram
    } recebidos { STRONG($received) }{ $with-received-modes ->
        [yes] {" "}como { $received-modes }
       *[no] {""}
    } por { STRONG($paid) } pagos{ $with-paid-modes ->
        [yes] {" "}em { $paid-modes }
       *[no] {""}
    }: { STRONG($ratio) } recebido por unidade paga.

summary-projects = Por meio do programa { $program }, { $count ->
        [one] { $figure } projeto nacional foi desenvolvido
       *[other] { $figure } projetos nacionais foram desenvolvidos
    }.
summary-artists = Por meio do programa { $program }, { $count ->
        [one] { $figure } artista de outro Estado-membro desenvolveu seu projeto
       *[other] { $figure } artistas de outros Estados-membros desenvolveram seus projetos
    } no país.
summary-projects-artists = Por meio do programa { $program }, { $count ->
        [one] { $figure } projeto nacional foi desenvolvido
       *[other] { $figure } projetos nacionais foram desenvolvidos
    }, e { $artists-count ->
        [one] { $artists } artista de outro Estado-membro desenvolveu seu projeto
       *[other] { $artists } artistas de outros Estados-membros desenvolveram seus projetos
    } no país.
