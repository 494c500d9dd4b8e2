# La famille `crafts` (IBERARTESANÍAS…) : les rencontres, les alliances formelles et l’observatoire
# du secteur artisanal. Les variables sont celles du catalogue anglais. Le nom de l’observatoire
# ($name) vient en tête ou entre parenthèses, pour ne supposer ni son genre ni son élision. Avant
# « : », une espace insécable ({"\u00A0"}).

family-name = Artisanat

meetings-label = Rencontres internationales
meetings-paragraph = En { $period }, { STRONG($figure) } { $count ->
        [one] rencontre internationale
       *[other] rencontres internationales
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    } { $count ->
        [one] a été organisée
       *[other] ont été organisées
    }.
topics-intro = Des débats ont porté sur les thèmes suivants{"\u00A0"}:
alliances-paragraph = En { $period }, { STRONG($figure) } { $count ->
        [one] alliance formelle a été conclue
       *[other] alliances formelles ont été conclues
    }{ $with-partners ->
        [yes] {" "}avec{"\u00A0"}:
       *[no] .
    }

observatory-label = { $name }{"\u00A0"}: création
observatory-status = { $status ->
        [planned] prévue
        [begun] engagée
       *[created] achevée
    }
observatory-paragraph = { $name }{"\u00A0"}: { $status ->
        [planned] la création est prévue.
        [begun] le processus de création a été engagé.
       *[created] la création a été menée à bien.
    }

summary-meetings = { $figure } { $count ->
        [one] rencontre internationale a été organisée
       *[other] rencontres internationales ont été organisées
    }
summary-alliances = { $figure } { $count ->
        [one] alliance formelle a été conclue
       *[other] alliances formelles ont été conclues
    }
summary-observatory = { $status ->
        [planned] la création d’un observatoire a été prévue ({ $name })
        [begun] le processus de création d’un observatoire a été engagé ({ $name })
       *[created] un observatoire a été créé ({ $name })
    }
summary-crafts = Grâce au programme { $program }, { $clauses }.
