# Las palabras que informe escribe en un informe, en español.

summary-intro = En { $period }, la medida «{ $measure }» de { $country } comprendió { $count ->
    [one] un programa
   *[other] { $count } programas
}: { $programs }.
summary-money = Contribuciones aportadas: { $paid }. Apoyos recibidos: { $received }.
summary-none = no se informan
summary-indicator = { $indicator }: { $value }.
summary-program = { $program }: { $sentence }

chart-alt = Gráfica de barras de las contribuciones aportadas y los apoyos recibidos en { $currency }. { $rows }.
chart-row = { $program }: aportado { $paid }, recibido { $received }
chart-nothing = nada

warning-no-plugin = Ningún complemento atiende a la familia «{ $family }»: el programa { $program } muestra solo sus campos comunes.
