# La familia `crafts` (IBERARTESANÍAS…): los encuentros, las alianzas formales y el observatorio
# del sector artesanal. Las variables son las del catálogo en inglés. El nombre del observatorio
# ($name) va tras «del»: «Observatorio» es masculino.

family-name = Artesanías

meetings-label = Encuentros internacionales
meetings-paragraph = En { $period }, { $count ->
        [one] se realizó { STRONG($figure) } encuentro internacional
       *[other] se realizaron { STRONG($figure) } encuentros internacionales
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    }.
topics-intro = Se llevaron a cabo debates sobre:
alliances-paragraph = En { $period }, { $count ->
        [one] se concretó { STRONG($figure) } alianza formal
       *[other] se concretaron { STRONG($figure) } alianzas formales
    }{ $with-partners ->
        [yes] {" "}con:
       *[no] .
    }

observatory-label = Creación del { $name }
observatory-status = { $status ->
        [planned] prevista
        [begun] iniciada
       *[created] concluida
    }
observatory-paragraph = { $status ->
        [planned] Está prevista la creación del { $name }.
        [begun] Se inició el proceso de creación del { $name }.
       *[created] Se creó el { $name }.
    }

summary-meetings = { $count ->
        [one] se realizó { $figure } encuentro internacional
       *[other] se realizaron { $figure } encuentros internacionales
    }
summary-alliances = { $count ->
        [one] se concretó { $figure } alianza formal
       *[other] se concretaron { $figure } alianzas formales
    }
summary-observatory = { $status ->
        [planned] se previó la creación del { $name }
        [begun] se inició el proceso de creación del { $name }
       *[created] se creó el { $name }
    }
summary-crafts = A través de { $program }, { $clauses }.
