# IBERARTESANÍAS (familia `crafts`): reuniones, temas de debate, alianzas formales y el observatorio.
# Las variables son las del catálogo en inglés.

meetings-title = Reuniones y debates
meetings-label = Reuniones internacionales
alliances-title = Alianzas formales
alliances-label = Alianzas formales
observatory-label = Proceso de creación del { $name }

meetings-paragraph = En { $period }, { $meetings ->
        [one] se realizó { STRONG($meetings) } reunión internacional
       *[other] se realizaron { STRONG($meetings) } reuniones internacionales
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    }.
topics-intro = Se llevaron a cabo debates sobre:
alliances-paragraph = En { $period }, { $alliances ->
        [one] se concretó { STRONG($alliances) } alianza formal
       *[other] se concretaron { STRONG($alliances) } alianzas formales
    }{ $with-partners ->
        [yes] {" "}con:
       *[no] .
    }

observatory = el proceso de creación del { $name } ha { $status }

summary = A través de { $program }, { $meetings ->
        [one] se realizó { $meetings } reunión internacional
       *[other] se realizaron { $meetings } reuniones internacionales
    } y { $alliances ->
        [one] se concretó { $alliances } alianza formal
       *[other] se concretaron { $alliances } alianzas formales
    }; { $observatory }.
