# Las palabras de los resultados que informa toda familia de programas (datos comunes del SDK).
# Las variables son las del catálogo en inglés.

section-title = Resultados
projects-label = Proyectos beneficiados
amount-label = Monto
projects-paragraph = En { $period }, { $count ->
        [one] se benefició { STRONG($figure) } proyecto
       *[other] se beneficiaron { STRONG($figure) } proyectos
    } de { $program }.

sub-periods-caption = Apoyos otorgados por { $program }, por periodo
column-period = Periodo
column-areas = Áreas
column-supported = Apoyados
column-number = Número
column-call = Convocatoria o acción
column-projects = Proyectos
column-amount = Monto
supported-label = Apoyo: { $kind }
counted = { STRONG($figure) } { $kind }
sub-period-paragraph = En { $period }, el apoyo se destinó a { $supported }{ $with-areas ->
        [yes] {" "}en las áreas de { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , por { $amount }
       *[no] {""}
    }.
sub-period-areas = En { $period }, se otorgaron apoyos{ $with-areas ->
        [yes] {" "}en las áreas de { $areas }
       *[no] {""}
    }{ $with-amount ->
        [yes] , por { $amount }
       *[no] {""}
    }.

calls-caption = Convocatorias y acciones de { $program }
call-projects-label = Proyectos: { $call }
call-amount-label = Monto: { $call }

beneficiaries-group = { STRONG($figure) } { $who }{ $dated ->
        [yes] {" "}({ $years })
       *[no] {""}
    }
beneficiaries-paragraph = { $program } benefició a { $groups }.

countries-label = Países participantes
countries-paragraph = { $count ->
        [one] Un país participó
       *[other] { $count } países participaron
    } en { $program }: { $countries }.

partners-label = Redes y organizaciones asociadas
partners-intro = { $program } trabajó con { $count ->
        [one] esta red u organización
       *[other] estas redes y organizaciones
    }:

meetings-label = Encuentros
meetings-paragraph = { $count ->
        [one] Se realizó { STRONG($figure) } encuentro
       *[other] Se realizaron { STRONG($figure) } encuentros
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    }.
topics-intro = { $count ->
        [one] En él se trató:
       *[other] En ellos se trató:
    }

alliances-label = Alianzas formales
alliances-paragraph = { $count ->
        [one] Se formalizó { STRONG($figure) } alianza
       *[other] Se formalizaron { STRONG($figure) } alianzas
    }{ $with-partners ->
        [yes] , con:
       *[no] .
    }

achievements-intro = Otros resultados:

summary-projects = A través de { $program }, { $count ->
        [one] se benefició { $figure } proyecto
       *[other] se beneficiaron { $figure } proyectos
    }.
summary-beneficiaries = A través de { $program }, se benefició a { $groups }.
summary-first = el apoyo se destinó a { $supported } en { $period }
summary-next = a { $supported } en { $period }
summary-join = { $head }, { $next }
summary-join-last = { $head }, y { $last }
summary-supported = A través de { $program }, { $clauses }.
