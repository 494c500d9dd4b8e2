# IBERMÚSICAS (família `music`): projetos no exterior, artistas acolhidos e apoio recebido por
# unidade paga. As variáveis são as do catálogo em inglês.

section-title = Projetos, artistas e apoios

projects-label = Projetos mexicanos desenvolvidos na região ibero-americana
artists-label = Artistas ibero-americanos que desenvolveram seus projetos no México
ratio-label = Apoio recebido por unidade paga

projects-paragraph = Em { $period }, { $projects ->
        [one] { STRONG($projects) } projeto mexicano foi desenvolvido
       *[other] { STRONG($projects) } projetos mexicanos foram desenvolvidos
    } na região ibero-americana, e { STRONG($artists) } { $artists ->
        [one] artista ibero-americano que desenvolveu seu projeto no México foi beneficiado
       *[other] artistas ibero-americanos que desenvolveram seus projetos no México foram beneficiados
    }.

ratio-paragraph = { $dated ->
        [yes] Em { $period }, { $country }
       *[no] { $country }
    } recebeu { STRONG($received) }{ $with-received-modes ->
        [yes] {" "}como { $received-modes }
       *[no] {""}
    } por { STRONG($paid) } pagos{ $with-paid-modes ->
        [yes] {" "}em { $paid-modes }
       *[no] {""}
    }: { STRONG($ratio) } recebido por unidade paga.

summary = Por meio do programa { $program }, { $projects ->
        [one] { $projects } projeto mexicano foi desenvolvido
       *[other] { $projects } projetos mexicanos foram desenvolvidos
    } na região ibero-americana e { $artists ->
        [one] { $artists } artista ibero-americano desenvolveu seu projeto
       *[other] { $artists } artistas ibero-americanos desenvolveram seus projetos
    } no México.
