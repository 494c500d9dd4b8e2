# IBERMÚSICAS (famille `music`) : projets à l'étranger, artistes accueillis et soutien reçu par
# unité versée. Les variables sont celles du catalogue anglais. Avant « : », une espace
# insécable ({"\u00A0"}), comme le veut la typographie française.

section-title = Projets, artistes et soutien

projects-label = Projets mexicains réalisés dans la région ibéro-américaine
artists-label = Artistes ibéro-américains ayant réalisé leurs projets au Mexique
ratio-label = Soutien reçu par unité versée

projects-paragraph = En { $period }, { STRONG($projects) } { $projects ->
        [one] projet mexicain a été réalisé
       *[other] projets mexicains ont été réalisés
    } dans la région ibéro-américaine, et { STRONG($artists) } { $artists ->
        [one] artiste ibéro-américain ayant réalisé son projet au Mexique a bénéficié d'un soutien
       *[other] artistes ibéro-américains ayant réalisé leurs projets au Mexique ont bénéficié d'un soutien
    }.

ratio-paragraph = { $dated ->
        [yes] En { $period }, { $country }
       *[no] { $country }
    } a reçu { STRONG($received) }{ $with-received-modes ->
        [yes] {" "}sous forme de { $received-modes }
       *[no] {""}
    } pour { STRONG($paid) } versés{ $with-paid-modes ->
        [yes] {" "}en { $paid-modes }
       *[no] {""}
    }{"\u00A0"}: { STRONG($ratio) } reçu par unité versée.

summary = Dans le cadre du programme { $program }, { $projects } { $projects ->
        [one] projet mexicain a été réalisé
       *[other] projets mexicains ont été réalisés
    } dans la région ibéro-américaine et { $artists } { $artists ->
        [one] artiste ibéro-américain a réalisé son projet
       *[other] artistes ibéro-américains ont réalisé leurs projets
    } au Mexique.
