# Les mots qu’informe écrit dans un rapport, en français.

summary-intro-empty = En { $period }, la mesure « { $measure } » du rapport ne comptait aucun programme.
summary-intro = En { $period }, la mesure « { $measure } » du rapport comprenait { $count ->
    [one] un programme
   *[other] { $count } programmes
} : { $programs }.
summary-money = Contributions versées : { $paid }. Soutien reçu : { $received }.
summary-allocated = Ressources financières allouées à la mesure : { $amount }.
summary-none = aucun montant déclaré
summary-indicator = { $indicator } : { $value }.
summary-program = { $program } : { $sentence }

chart-alt = Diagramme en barres des contributions versées et du soutien reçu en { $currency }. { $rows }.
chart-row = { $program } : versé { $paid }, reçu { $received }
chart-nothing = rien
chart-more = { $count ->
    [one] un autre programme, dans le tableau des ressources financières
   *[other] { $count } autres programmes, dans le tableau des ressources financières
}

warning-no-plugin = Aucun module ne prend en charge la famille « { $family } » : le programme { $program } présente ses champs communs et les chiffres que déclarent ses données.

# The workbook: sheet names and column headers; the title of a report without one.
ods-sheet-programs = Programmes
ods-sheet-metrics = Chiffres
ods-sheet-totals = Totaux
ods-sheet-tables = Tableaux
ods-sheet-notes = Notes
ods-id = Id
ods-program = Programme
ods-family = Famille
ods-paid = Contributions versées
ods-received = Soutien reçu
ods-currency = Devise
ods-qualifier = Qualificatif
ods-period = Période
ods-projects = Projets bénéficiaires
ods-key = Clé
ods-label = Libellé
ods-value = Valeur
ods-unit = Unité ou devise
ods-indicator = Indicateur
ods-total = Total
ods-sources = Sources
ods-data-file = Fichier de données
ods-generated = Produit avec
ods-footnotes = Notes de bas de page
ods-counts-toward = Compte pour : { $indicator }
ods-sheet-measures = Mesures
ods-measure = Mesure
ods-chapter = Chapitre
ods-goals = Objectifs
ods-areas = Domaines de suivi
ods-agencies = Organismes chargés de la mise en œuvre
ods-programs = Programmes
report-title = Rapport périodique quadriennal — { $country } { $period }
