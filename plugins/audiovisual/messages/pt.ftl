# IBERMEDIA (família `audiovisual`): o que foi apoiado em cada subperíodo e em quais áreas.
# As variáveis são as do catálogo em inglês; $kind vem no plural, com o gênero que a fonte lhe
# der: as frases evitam concordar com ele.

section-title = Apoios por subperíodo
table-caption = Apoios concedidos por meio do programa { $program }
column-period = Período
column-areas = Áreas
column-supported = Objeto do apoio
column-number = Número

supported-label = { $kind } com apoio

counted = { STRONG($count) } { $kind }
sub-period-paragraph = Em { $period }, { $supported } receberam apoio{ $with-areas ->
        [yes] {" "}nas áreas de { $areas }
       *[no] {""}
    }.

summary-first = { $supported } receberam apoio em { $period }
summary-next = { $supported } em { $period }
summary-join = { $head }, { $next }
summary-join-last = { $head }, e { $last }
summary = Por meio do programa { $program }, { $clauses }.
