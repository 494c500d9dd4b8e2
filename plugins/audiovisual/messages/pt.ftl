# A família `audiovisual` (IBERMEDIA…): os apoios concedidos, sobretudo por subperíodo. As
# variáveis são as do catálogo em inglês. $kind é o que foi apoiado, no plural e com o gênero
# que a fonte lhe der («coproduções»): as frases são construídas sem concordar com ele.

family-name = Audiovisual
section-title = Apoios concedidos
sub-periods-title = Apoios por subperíodo

projects-paragraph = Em { $period }, { $count ->
        [one] { STRONG($figure) } projeto recebeu
       *[other] { STRONG($figure) } projetos receberam
    } apoio do programa { $program }.
summary-projects = Por meio do programa { $program }, { $count ->
        [one] { $figure } projeto recebeu
       *[other] { $figure } projetos receberam
    } apoio.

# O que foi apoiado, sem concordar com o seu gênero.
supported-label = { $kind } com apoio
column-supported = Objeto do apoio
sub-period-paragraph = Em { $period }, o apoio foi destinado a { $supported }{ $with-areas ->
        [yes] {" "}nas áreas de { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , por { $amount }
       *[no] {""}
    }.
summary-first = o apoio foi destinado a { $supported } em { $period }
summary-next = a { $supported } em { $period }
