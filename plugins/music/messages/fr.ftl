# La famille `music` (IBERMÚSICAS…) : les projets de la partie déclarante, les artistes d’autres
# États membres qu’elle a accueillis et le soutien reçu par unité versée. Les variables sont
# celles du catalogue anglais ; le nom du pays ($country) demanderait un article (« le Brésil »,
# « la France », « au Portugal ») que les données ne donnent pas : les phrases parlent du pays
# sans le nommer. Avant « : », une espace insécable ({"\u00A0"}).

family-name = Musique
section-title = Projets, artistes et soutien

projects-paragraph = En { $period }, { STRONG($figure) } { $count ->
        [one] projet national a été réalisé
       *[other] projets nationaux ont été réalisés
    } avec le soutien du programme { $program }.

artists-label = Artistes d’autres États membres accueillis
artists-paragraph = En { $period }, { STRONG($figure) } { $count ->
        [one] artiste d’un autre État membre a réalisé son projet
       *[other] artistes d’autres États membres ont réalisé leurs projets
    } dans le pays avec le soutien du programme { $program }.

ratio-label = Soutien reçu par unité versée
ratio-paragraph = { $dated ->
        [yes] En { $period }, { STRONG($received) } ont été reçus
       *[no] { STRONG($received) } ont été reçus
    }{ $with-received-modes ->
        [yes] {" "}sous forme de { $received-modes }
       *[no] {""}
    } pour { STRONG($paid) } versés{ $with-paid-modes ->
        [yes] {" "}en { $paid-modes }
       *[no] {""}
    }{"\u00A0"}: { STRONG($ratio) } reçu par unité versée.

summary-projects = Grâce au programme { $program }, { $figure } { $count ->
        [one] projet national a été réalisé
       *[other] projets nationaux ont été réalisés
    }.
summary-artists = Grâce au programme { $program }, { $figure } { $count ->
        [one] artiste d’un autre État membre a réalisé son projet
       *[other] artistes d’autres États membres ont réalisé leurs projets
    } dans le pays.
summary-projects-artists = Grâce au programme { $program }, { $figure } { $count ->
        [one] projet national a été réalisé
       *[other] projets nationaux ont été réalisés
    } et { $artists } { $artists-count ->
        [one] artiste d’un autre État membre a réalisé son projet
       *[other] artistes d’autres États membres ont réalisé leurs projets
    } dans le pays.
