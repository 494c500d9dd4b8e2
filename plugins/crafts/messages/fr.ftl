# IBERARTESANÍAS (famille `crafts`) : réunions, thèmes de débat, alliances formelles et
# l'observatoire. Les variables sont celles du catalogue anglais. Avant « : », une espace
# insécable ({"\u00A0"}), avant « ; » une espace fine insécable ({"\u202F"}). Le nom de
# l'observatoire vient en tête, pour ne pas supposer son genre ni son élision.

meetings-title = Réunions et débats
meetings-label = Réunions internationales
alliances-title = Alliances formelles
alliances-label = Alliances formelles
observatory-label = Processus de création{"\u00A0"}: { $name }

meetings-paragraph = En { $period }, { STRONG($meetings) } { $meetings ->
        [one] réunion internationale
       *[other] réunions internationales
    }{ $with-formats ->
        [yes] {" "}({ $formats })
       *[no] {""}
    } { $meetings ->
        [one] a été organisée
       *[other] ont été organisées
    }.
topics-intro = Des débats ont eu lieu sur les thèmes suivants{"\u00A0"}:
alliances-paragraph = En { $period }, { STRONG($alliances) } { $alliances ->
        [one] alliance formelle a été conclue
       *[other] alliances formelles ont été conclues
    }{ $with-partners ->
        [yes] {" "}avec{"\u00A0"}:
       *[no] .
    }

observatory = { $name }{"\u00A0"}: le processus de création a { $status }

summary = Dans le cadre du programme { $program }, { $meetings } { $meetings ->
        [one] réunion internationale a été organisée
       *[other] réunions internationales ont été organisées
    } et { $alliances } { $alliances ->
        [one] alliance formelle a été conclue
       *[other] alliances formelles ont été conclues
    }{"\u202F"}; { $observatory }.
