# Les mots qu’informe écrit dans un rapport, en français.

summary-intro = En { $period }, la mesure « { $measure } » de { $country } comprenait { $count ->
    [one] un programme
   *[other] { $count } programmes
} : { $programs }.
summary-money = Contributions versées : { $paid }. Soutien reçu : { $received }.
summary-none = aucun montant déclaré
summary-indicator = { $indicator } : { $value }.
summary-program = { $program } : { $sentence }

chart-alt = Diagramme en barres des contributions versées et du soutien reçu en { $currency }. { $rows }.
chart-row = { $program } : versé { $paid }, reçu { $received }
chart-nothing = rien

warning-no-plugin = Aucun module ne prend en charge la famille « { $family } » : le programme { $program } ne présente que ses champs communs.
