# La famille `museums` (IBERMUSEOS…) : les réseaux et organisations du dialogue international,
# l’avancée des politiques publiques et la cotisation annuelle. Les variables sont celles du
# catalogue anglais. Avant « : », une espace insécable ({"\u00A0"}), comme le veut la
# typographie française.

family-name = Musées

partners-intro = Le programme { $program } a renforcé le dialogue international avec { $count ->
        [one] ce réseau ou cette organisation
       *[other] ces réseaux et organisations
    } du domaine des musées{"\u00A0"}:
policy-paragraph = Le renforcement des politiques publiques au niveau international a été obtenu grâce à { EMPH($achievement) }.

fee-title = Cotisation annuelle
fee-label = Cotisation annuelle
fee-paragraph = La cotisation annuelle s’élevait à { STRONG($fee) }.
# « Les environ 240 000 USD » ne se dit pas : le total versé vient en apposition.
agreement = La cotisation annuelle multipliée par { $dated ->
        [yes] { $years ->
            [one] l’année
           *[other] les { $years } années de la période
        } { $period }
       *[no] { $years ->
            [one] l’année versée
           *[other] les { $years } années versées
        }
    } ({ $years } × { $fee } = { $total }) concorde avec le total déclaré comme versé, soit { $paid }.

summary-partners = Grâce au programme { $program }, le dialogue international a été renforcé avec { $count } { $count ->
        [one] réseau ou organisation
       *[other] réseaux et organisations
    } du domaine des musées.
