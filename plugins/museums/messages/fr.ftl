# IBERMUSEOS (famille `museums`) : réseaux partenaires, cotisation annuelle et avancée des
# politiques publiques. Les variables sont celles du catalogue anglais. Avant « : », une espace
# insécable ({"\u00A0"}), comme le veut la typographie française.

dialogue-title = Dialogue international et politiques publiques
partners-label = Réseaux de musées et organisations internationales cités
partners-intro = Le dialogue international a été renforcé avec les principaux réseaux et organisations internationales dans le domaine des musées, tels que{"\u00A0"}:
policy-paragraph = Le renforcement des politiques publiques au niveau international a été obtenu grâce à { EMPH($achievement) }.

fee-title = Cotisation annuelle
fee-label = Cotisation annuelle
fee-paragraph = La cotisation annuelle s'élevait à { STRONG($fee) }.
# « Les environ 240 000 USD » ne se dit pas : le total versé vient en apposition.
agreement = La cotisation annuelle multipliée par { $dated ->
        [yes] { $years ->
            [one] l'année
           *[other] les { $years } années de la période
        } { $period }
       *[no] { $years ->
            [one] l'année versée
           *[other] les { $years } années versées
        }
    } ({ $years } × { $fee } = { $total }) concorde avec le total déclaré comme versé, soit { $paid }.

summary = Dans le cadre du programme { $program }, le dialogue international a été renforcé avec { $partners } { $partners ->
        [one] réseau ou organisation internationale
       *[other] réseaux et organisations internationales cités
    } dans le domaine des musées.
