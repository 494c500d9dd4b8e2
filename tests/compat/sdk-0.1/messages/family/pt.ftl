# As palavras dos resultados que toda família de programas informa (dados comuns do SDK).
# As variáveis são as do catálogo em inglês.

section-title = Resultados
projects-label = Projetos beneficiados
amount-label = Montante
projects-paragraph = Em { $period }, { $count ->
        [one] { STRONG($figure) } projeto foi beneficiado
       *[other] { STRONG($figure) } projetos foram beneficiados
    } pelo programa { $program }.

sub-periods-caption = Apoios concedidos pelo programa { $program }, por período
column-period = Período
column-areas = Áreas
column-supported = Apoiados
column-number = Número
column-call = Convocatória ou ação
column-projects = Projetos
column-amount = Montante
supported-label = Apoio: { $kind }
counted = { STRONG($figure) } { $kind }
sub-period-paragraph = Em { $period }, o apoio destinou-se a { $supported }{ $with-areas ->
        [yes] {" "}nas áreas de { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , por { $amount }
       *[no] {""}
    }.
sub-period-areas = Em { $period }, foram concedidos apoios{ $with-areas ->
        [yes] {" "}nas áreas de { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , por { $amount }
       *[no] {""}
    }.

calls-caption = Convocatórias e ações do programa { $program }
call-projects-label = Projetos: { $call }
call-amount-label = Montante: { $call }

beneficiaries-group = { STRONG($figure) } { $who }{ $dated ->
        [yes] {" "}({ $years })
       *[no] {""}
    }
beneficiaries-paragraph = O programa { $program } beneficiou { $groups }.

countries-label = Países participantes
countries-paragraph = { $count ->
        [one] Um país participou
       *[other] { $count } países participaram
    } no programa { $program }: { $countries }.

partners-label = Redes e organizações parceiras
partners-intro = O programa { $program } trabalhou com { $count ->
        [one] esta rede ou organização
       *[other] estas redes e organizações
    }:

meetings-label = Encontros
meetings-paragraph = { $count ->
        [one] Foi realizado { STRONG($figure) } encontro
       *[other] Foram realizados { STRONG($figure) } encontros
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    }.
topics-intro = { $count ->
        [one] Nele foram debatidos:
       *[other] Neles foram debatidos:
    }

alliances-label = Alianças formais
alliances-paragraph = { $count ->
        [one] Foi formalizada { STRONG($figure) } aliança
       *[other] Foram formalizadas { STRONG($figure) } alianças
    }{ $with-partners ->
        [yes] , com:
       *[no] .
    }

achievements-intro = Outros resultados:

summary-projects = Por meio do programa { $program }, { $count ->
        [one] { $figure } projeto foi beneficiado
       *[other] { $figure } projetos foram beneficiados
    }.
summary-beneficiaries = Por meio do programa { $program }, foram beneficiados { $groups }.
summary-first = o apoio destinou-se a { $supported } em { $period }
summary-next = a { $supported } em { $period }
summary-join = { $head }, { $next }
summary-join-last = { $head } e { $last }
summary-supported = Por meio do programa { $program }, { $clauses }.
