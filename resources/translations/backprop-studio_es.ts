<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>QObject</name>
        <message>
            <source>Change settings</source>
            <translation>Cambiar ajustes</translation>
        </message>
        <message>
            <source>Change the architecture</source>
            <translation>Cambiar la arquitectura</translation>
        </message>
        <message>
            <source>seed %1</source>
            <translation>semilla %1</translation>
        </message>
        <message>
            <source>initialisation: all zeros (not random: the units stay symmetric)</source>
            <translation>inicialización: todo ceros (no aleatoria: las unidades siguen siendo simétricas)</translation>
        </message>
        <message>
            <source>initialisation: one constant (not random: the units stay symmetric)</source>
            <translation>inicialización: una constante (no aleatoria: las unidades siguen siendo simétricas)</translation>
        </message>
        <message>
            <source>initialisation: random uniform ±0.12, %1</source>
            <translation>inicialización: uniforme aleatoria ±0.12, %1</translation>
        </message>
        <message>
            <source>initialisation: random uniform ±%1, %2</source>
            <translation>inicialización: uniforme aleatoria ±%1, %2</translation>
        </message>
        <message>
            <source>initialisation: random normal (Xavier), %1</source>
            <translation>inicialización: normal aleatoria (Xavier), %1</translation>
        </message>
        <message>
            <source>initialisation: random normal (He), %1</source>
            <translation>inicialización: normal aleatoria (He), %1</translation>
        </message>
        <message>
            <source>initialisation: %1</source>
            <translation>inicialización: %1</translation>
        </message>
        <message>
            <source>θ₀</source>
            <translation>θ₀</translation>
        </message>
        <message>
            <source>θ</source>
            <translation>θ</translation>
        </message>
        <message>
            <source>%1  J = %2</source>
            <translation>%1  J = %2</translation>
        </message>
        <message>
            <source>J − J(θ),  J(θ) = %1</source>
            <translation>J − J(θ),  J(θ) = %1</translation>
        </message>
        <message>
            <source>J</source>
            <translation>J</translation>
        </message>
        <message>
            <source>α = %1</source>
            <translation>α = %1</translation>
        </message>
        <message>
            <source>J (log scale)</source>
            <translation>J (escala logarítmica)</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>no se puede escribir %1</translation>
        </message>
        <message>
            <source>%1: choose a .png, .svg or .pdf file name</source>
            <translation>%1: elige un nombre de archivo .png, .svg o .pdf</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Cannot start training</source>
            <translation>No se puede iniciar el entrenamiento</translation>
        </message>
        <message>
            <source>not trained yet</source>
            <translation>aún sin entrenar</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
    </context>
    <context>
        <name>bpui</name>
        <message>
            <source>Stopped at iteration %1</source>
            <translation>Detenido en la iteración %1</translation>
        </message>
        <message>
            <source>Diverged after iteration %1</source>
            <translation>Divergió tras la iteración %1</translation>
        </message>
        <message>
            <source>Finished: reached the limit of %1 iterations</source>
            <translation>Terminado: se alcanzó el límite de %1 iteraciones</translation>
        </message>
        <message>
            <source>Finished: %1 more iterations, %2 in all</source>
            <translation>Terminado: %1 iteraciones más, %2 en total</translation>
        </message>
        <message>
            <source>Finished: reached the limit of %1 epochs</source>
            <translation>Terminado: se alcanzó el límite de %1 épocas</translation>
        </message>
        <message>
            <source>Finished: %1 more epochs, %2 in all</source>
            <translation>Terminado: %1 épocas más, %2 en total</translation>
        </message>
        <message>
            <source>Finished: reached the target cost at iteration %1</source>
            <translation>Terminado: se alcanzó el coste objetivo en la iteración %1</translation>
        </message>
        <message>
            <source>Finished: converged at iteration %1</source>
            <translation>Terminado: convergió en la iteración %1</translation>
        </message>
        <message>
            <source>Finished: reached the time limit at iteration %1</source>
            <translation>Terminado: se alcanzó el límite de tiempo en la iteración %1</translation>
        </message>
        <message>
            <source>Finished: stopped early at iteration %1</source>
            <translation>Terminado: parada temprana en la iteración %1</translation>
        </message>
        <message>
            <source>Finished at iteration %1</source>
            <translation>Terminado en la iteración %1</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entrenando</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Diverged</source>
            <translation>Divergió</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Falló</translation>
        </message>
    </context>
    <context>
        <name>bpui::BugQuizDialog</name>
        <message>
            <source>Gradient-check lesson: planted bugs</source>
            <translation>Lección de comprobación del gradiente: errores introducidos</translation>
        </message>
        <message>
            <source>Current network</source>
            <translation>Red actual</translation>
        </message>
        <message>
            <source>The project's network at its current weights, on its first %1 training examples</source>
            <translation>La red del proyecto con sus pesos actuales, sobre sus primeros %1 ejemplos de entrenamiento</translation>
        </message>
        <message>
            <source>Course debug network (3-5-3)</source>
            <translation>Red de depuración del curso (3-5-3)</translation>
        </message>
        <message>
            <source>The course's debug problem: Θ and X filled with sin(1…)/10, 5 examples, y = 1 + mod(1…5, 3)</source>
            <translation>El problema de depuración del curso: Θ y X rellenos con sin(1…)/10, 5 ejemplos, y = 1 + mod(1…5, 3)</translation>
        </message>
        <message>
            <source>λ of J's (λ/2m)ΣΘ² term. With λ = 0 a regularised bias column cannot show.</source>
            <translation>λ del término (λ/2m)ΣΘ² de J. Con λ = 0 no puede manifestarse una columna de sesgo regularizada.</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>λ:</source>
            <translation>λ:</translation>
        </message>
        <message>
            <source>(hidden during the quiz)</source>
            <translation>(oculto durante el cuestionario)</translation>
        </message>
        <message>
            <source>The mistake planted in backprop; the numeric gradient always differentiates the correct J</source>
            <translation>El error introducido en backprop; el gradiente numérico siempre deriva la J correcta</translation>
        </message>
        <message>
            <source>Run gradient check</source>
            <translation>Ejecutar comprobación del gradiente</translation>
        </message>
        <message>
            <source>Compare the (buggy) backprop gradient with (J(θ + ε) − J(θ − ε)) / 2ε, ε = 1e-4, for every parameter</source>
            <translation>Comparar el gradiente de backprop (con el error) con (J(θ + ε) − J(θ − ε)) / 2ε, ε = 1e-4, para cada parámetro</translation>
        </message>
        <message>
            <source>Planted bug</source>
            <translation>Error introducido</translation>
        </message>
        <message>
            <source>The hidden bug is drawn with this seed (std::mt19937_64): the same seed plants the same bug, so a class can share one</source>
            <translation>El error oculto se sortea con esta semilla (std::mt19937_64): la misma semilla introduce el mismo error, así que toda una clase puede compartirlo</translation>
        </message>
        <message>
            <source>Quiz me</source>
            <translation>Ponme a prueba</translation>
        </message>
        <message>
            <source>Plant a hidden bug, run the check, and guess which it is</source>
            <translation>Introducir un error oculto, ejecutar la comprobación y adivinar cuál es</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Revelar</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Semilla:</translation>
        </message>
        <message>
            <source>Which bug is planted?</source>
            <translation>¿Qué error se ha introducido?</translation>
        </message>
        <message>
            <source>Per Θ(l): relative difference ‖num − ana‖ / ‖num + ana‖ of its bias column and of its other weights, where it exceeds the threshold</source>
            <translation>Por cada Θ(l): diferencia relativa ‖num − ana‖ / ‖num + ana‖ de su columna de sesgo y de sus demás pesos, donde supera el umbral</translation>
        </message>
        <message>
            <source>course debug network 3-5-3 (sigmoid), 5 examples</source>
            <translation>red de depuración del curso 3-5-3 (sigmoide), 5 ejemplos</translation>
        </message>
        <message>
            <source>current network %1, first %2 training examples</source>
            <translation>red actual %1, primeros %2 ejemplos de entrenamiento</translation>
        </message>
        <message>
            <source>3-5-3 sigmoid network, 38 parameters, 5 examples; pass below %1.</source>
            <translation>Red sigmoide 3-5-3, 38 parámetros, 5 ejemplos; se supera por debajo de %1.</translation>
        </message>
        <message>
            <source>First %1 training examples at the current weights; pass below %2.</source>
            <translation>Primeros %1 ejemplos de entrenamiento con los pesos actuales; se supera por debajo de %2.</translation>
        </message>
        <message>
            <source> λ = 1 because the project's λ is 0: with λ = 0 the regularisation term vanishes, and with it any bias-regularisation bug.</source>
            <translation> λ = 1 porque la λ del proyecto es 0: con λ = 0 el término de regularización desaparece, y con él cualquier error en la regularización del sesgo.</translation>
        </message>
        <message>
            <source>Hidden during the quiz.</source>
            <translation>Oculto durante el cuestionario.</translation>
        </message>
        <message>
            <source> It cannot show on this network: %1.</source>
            <translation> No puede manifestarse en esta red: %1.</translation>
        </message>
        <message>
            <source>Quiz (seed %1): a bug is hidden in backprop. Read the plot and the table — which Θ, bias column or weights, how large — then choose.</source>
            <translation>Cuestionario (semilla %1): hay un error oculto en backprop. Lee el gráfico y la tabla (qué Θ, si la columna de sesgo o los pesos, de qué tamaño) y luego elige.</translation>
        </message>
        <message>
            <source>Choose an answer first.</source>
            <translation>Elige primero una respuesta.</translation>
        </message>
        <message>
            <source>Right! %1</source>
            <translation>¡Correcto! %1</translation>
        </message>
        <message>
            <source>Wrong: you chose “%1”. The planted bug (seed %2) was %3</source>
            <translation>Incorrecto: elegiste «%1». El error introducido (semilla %2) era %3</translation>
        </message>
        <message>
            <source>hidden bug</source>
            <translation>error oculto</translation>
        </message>
        <message>
            <source>&lt;b style="color:#1a7f37;"&gt;PASS&lt;/b&gt; — %1: relative difference %2 &amp;lt; %3. Backprop agrees with the numeric gradient.</source>
            <translation>&lt;b style="color:#1a7f37;"&gt;CORRECTO&lt;/b&gt; — %1: diferencia relativa %2 &amp;lt; %3. Backprop coincide con el gradiente numérico.</translation>
        </message>
        <message>
            <source>&lt;b style="color:#b0302a;"&gt;FAIL&lt;/b&gt; — %1: relative difference %2 ≥ %3.</source>
            <translation>&lt;b style="color:#b0302a;"&gt;FALLO&lt;/b&gt; — %1: diferencia relativa %2 ≥ %3.</translation>
        </message>
        <message>
            <source>&lt;br&gt;The discrepancy sits in &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>&lt;br&gt;La discrepancia está en &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>bpui::CostPlot</name>
        <message>
            <source>Iteration</source>
            <translation>Iteración</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Época</translation>
        </message>
        <message>
            <source>Cost evaluations</source>
            <translation>Evaluaciones del coste</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <source>What the horizontal axis counts</source>
            <translation>Qué cuenta el eje horizontal</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Escala logarítmica</translation>
        </message>
        <message>
            <source>Logarithmic cost axis: shows slow late progress</source>
            <translation>Eje de coste logarítmico: muestra el progreso lento del final</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Exactitud</translation>
        </message>
        <message>
            <source>Training and validation accuracy on the right axis</source>
            <translation>Exactitud de entrenamiento y de validación en el eje derecho</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Show the whole history again and follow new rows (or double-click)</source>
            <translation>Volver a mostrar todo el historial y seguir las filas nuevas (o doble clic)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>Cost J(Θ) per history row: drag to pan, wheel to zoom, double-click to fit. Full history kept; drawing is decimated to the lowest and highest value per pixel column.</source>
            <translation>Coste J(Θ) por fila del historial: arrastra para desplazar, rueda para ampliar, doble clic para ajustar. Se conserva el historial completo; el dibujo se reduce al valor mínimo y máximo de cada columna de píxeles.</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>iteración</translation>
        </message>
        <message>
            <source>cost J(Θ)</source>
            <translation>coste J(Θ)</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>exactitud</translation>
        </message>
        <message>
            <source>training cost</source>
            <translation>coste de entrenamiento</translation>
        </message>
        <message>
            <source>validation cost</source>
            <translation>coste de validación</translation>
        </message>
        <message>
            <source>training accuracy</source>
            <translation>exactitud de entrenamiento</translation>
        </message>
        <message>
            <source>validation accuracy</source>
            <translation>exactitud de validación</translation>
        </message>
        <message>
            <source>∞ (off the scale)</source>
            <translation>∞ (fuera de escala)</translation>
        </message>
        <message>
            <source>Against:</source>
            <translation>Frente a:</translation>
        </message>
        <message>
            <source>The training cost J(θ) after each iteration, and the validation cost when there is a validation split; hover to read a point.</source>
            <translation>El coste de entrenamiento J(θ) tras cada iteración y el coste de validación cuando hay una partición de validación; pasa el puntero para leer un punto.</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>época</translation>
        </message>
        <message>
            <source>cost evaluations</source>
            <translation>evaluaciones del coste</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
    </context>
    <context>
        <name>bpui::CostReadout</name>
        <message>
            <source>The history row nearest the mouse (from the full, undecimated data)</source>
            <translation>La fila del historial más cercana al puntero (de los datos completos, sin reducir)</translation>
        </message>
        <message>
            <source>iteration %1 · epoch %2 · %3 evaluations · %4 s — J(train) = %5</source>
            <translation>iteración %1 · época %2 · %3 evaluaciones · %4 s — J(entrenamiento) = %5</translation>
        </message>
        <message>
            <source>, J(validation) = %1</source>
            <translation>, J(validación) = %1</translation>
        </message>
        <message>
            <source>, accuracy %1 %</source>
            <translation>, exactitud %1 %</translation>
        </message>
        <message>
            <source> (validation %1 %)</source>
            <translation> (validación %1 %)</translation>
        </message>
    </context>
    <context>
        <name>bpui::CurveDialog</name>
        <message>
            <source>Learning curve</source>
            <translation>Curva de aprendizaje</translation>
        </message>
        <message>
            <source>Validation curve</source>
            <translation>Curva de validación</translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %n point(s).</source>
            <translation>
                <numerusform>Cancelada tras %n punto.</numerusform>
                <numerusform>Cancelada tras %n puntos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n point(s).</source>
            <translation>
                <numerusform>Hecho: %n punto.</numerusform>
                <numerusform>Hecho: %n puntos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The curve failed: %1</source>
            <translation>La curva falló: %1</translation>
        </message>
        <message numerus="yes">
            <source>Kept with the project: %n point(s).</source>
            <translation>
                <numerusform>Guardado con el proyecto: %n punto.</numerusform>
                <numerusform>Guardados con el proyecto: %n puntos.</numerusform>
            </translation>
        </message>
        <message>
            <source>J (without the λ term)</source>
            <translation>J (sin el término λ)</translation>
        </message>
        <message>
            <source>accuracy (dashed)</source>
            <translation>exactitud (discontinua)</translation>
        </message>
        <message>
            <source>J_train</source>
            <translation>J_train</translation>
        </message>
        <message>
            <source>J_cv</source>
            <translation>J_cv</translation>
        </message>
        <message>
            <source>J_test</source>
            <translation>J_test</translation>
        </message>
        <message>
            <source>train accuracy</source>
            <translation>exactitud de entrenamiento</translation>
        </message>
        <message>
            <source>cv accuracy</source>
            <translation>exactitud de validación</translation>
        </message>
        <message>
            <source>lowest J_cv</source>
            <translation>J_cv mínimo</translation>
        </message>
        <message>
            <source>Sweep:</source>
            <translation>Barrido:</translation>
        </message>
        <message>
            <source>λ (0, 0.001 … 100)</source>
            <translation>λ (0, 0.001 … 100)</translation>
        </message>
        <message>
            <source>units of the first hidden layer (1 … 128)</source>
            <translation>unidades de la primera capa oculta (1 … 128)</translation>
        </message>
        <message>
            <source>Show test error</source>
            <translation>Mostrar el error de prueba</translation>
        </message>
        <message>
            <source>J_test is only shown, never used to choose: choosing on the test set makes its error an optimistic estimate.</source>
            <translation>J_test solo se muestra, nunca se usa para elegir: elegir sobre el conjunto de prueba hace que su error sea una estimación optimista.</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Use this λ</source>
            <translation>Usar esta λ</translation>
        </message>
        <message>
            <source>Export plot…</source>
            <translation>Exportar gráfico…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Another curve is running: cancel it first.</source>
            <translation>Hay otra curva en curso: cancélala primero.</translation>
        </message>
        <message numerus="yes">
            <source>Training %n network(s) on two threads…</source>
            <translation>
                <numerusform>Entrenando %n red en dos hilos…</numerusform>
                <numerusform>Entrenando %n redes en dos hilos…</numerusform>
            </translation>
        </message>
        <message>
            <source>λ is %1 already.</source>
            <translation>λ ya vale %1.</translation>
        </message>
        <message>
            <source>λ set to %1 (the lowest J_cv).</source>
            <translation>λ fijada en %1 (el J_cv mínimo).</translation>
        </message>
        <message>
            <source>The layer has %1 units already.</source>
            <translation>La capa ya tiene %1 unidades.</translation>
        </message>
        <message>
            <source>Hidden layer %1 set to %2 units (the lowest J_cv).</source>
            <translation>Capa oculta %1 fijada en %2 unidades (el J_cv mínimo).</translation>
        </message>
        <message>
            <source>Applied. Edit → Undo takes it back.</source>
            <translation>Aplicado. Edición → Deshacer lo revierte.</translation>
        </message>
        <message>
            <source>Use this size</source>
            <translation>Usar este tamaño</translation>
        </message>
        <message>
            <source>m (training examples)</source>
            <translation>m (ejemplos de entrenamiento)</translation>
        </message>
        <message>
            <source>λ (log scale; λ = 0 drawn at 10⁻⁴)</source>
            <translation>λ (escala logarítmica; λ = 0 se dibuja en 10⁻⁴)</translation>
        </message>
        <message>
            <source>units in the hidden layer (log scale)</source>
            <translation>unidades de la capa oculta (escala logarítmica)</translation>
        </message>
        <message>
            <source>How to read it:
• High bias (underfitting): J_train and J_cv meet, and meet high; more data does not help.
• High variance (overfitting): a gap between a low J_train and a higher J_cv that closes as m grows; more data helps.</source>
            <translation>Cómo leerla:
• Sesgo alto (subajuste): J_train y J_cv se juntan, y se juntan arriba; más datos no ayudan.
• Varianza alta (sobreajuste): una brecha entre un J_train bajo y un J_cv más alto que se cierra al crecer m; más datos ayudan.</translation>
        </message>
        <message>
            <source>This curve: %1</source>
            <translation>Esta curva: %1</translation>
        </message>
        <message>
            <source>λ</source>
            <translation>λ</translation>
        </message>
        <message>
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <source>How to read it:
• Small λ: J_train low, J_cv high: high variance.
• Large λ: both high: high bias.
• Choose the λ where J_cv is lowest.</source>
            <translation>Cómo leerla:
• λ pequeña: J_train bajo, J_cv alto: varianza alta.
• λ grande: ambos altos: sesgo alto.
• Elige la λ donde J_cv es mínimo.</translation>
        </message>
        <message>
            <source>How to read it:
• Few units: both J high: high bias.
• Many units: J_train low, J_cv rising: high variance.
• Choose the size where J_cv is lowest.</source>
            <translation>Cómo leerla:
• Pocas unidades: ambas J altas: sesgo alto.
• Muchas unidades: J_train bajo, J_cv en aumento: varianza alta.
• Elige el tamaño donde J_cv es mínimo.</translation>
        </message>
        <message>
            <source>Lowest J_cv = %1 at %2 = %3 (circled). J_test is never used to choose.</source>
            <translation>J_cv mínimo = %1 con %2 = %3 (en un círculo). J_test nunca se usa para elegir.</translation>
        </message>
        <message>
            <source>Each point: %1 (%2).</source>
            <translation>Cada punto: %1 (%2).</translation>
        </message>
        <message>
            <source>Export plot</source>
            <translation>Exportar gráfico</translation>
        </message>
        <message>
            <source>Export curve</source>
            <translation>Exportar curva</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Tabla CSV (*.csv)</translation>
        </message>
        <message>
            <source>Plot written to %1</source>
            <translation>Gráfico guardado en %1</translation>
        </message>
        <message>
            <source>No curve to export yet: press Run.</source>
            <translation>Aún no hay curva que exportar: pulsa Ejecutar.</translation>
        </message>
        <message>
            <source>Curve written to %1</source>
            <translation>Curva guardada en %1</translation>
        </message>
        <message>
            <source>Training and validation cost (solid) and accuracy (dashed) at each point of the curve.</source>
            <translation>Coste de entrenamiento y de validación (continuo) y exactitud (discontinua) en cada punto de la curva.</translation>
        </message>
    </context>
    <context>
        <name>bpui::DataLoader</name>
        <message>
            <source>loading failed with an unknown error</source>
            <translation>la carga falló con un error desconocido</translation>
        </message>
    </context>
    <context>
        <name>bpui::DataPainter</name>
        <message>
            <source>Points can be painted on generated data: 2-D classification (xor, circles, gaussians, spiral, moons) or 1-D regression. Pick one in the Data dock.</source>
            <translation>Se pueden pintar puntos sobre datos generados: clasificación 2D (XOR, círculos, nubes gaussianas, espiral, medias lunas) o regresión 1D. Elige uno en el panel Datos.</translation>
        </message>
        <message numerus="yes">
            <source>Painted %n point(s)</source>
            <translation>
                <numerusform>%n punto pintado</numerusform>
                <numerusform>%n puntos pintados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n point(s)</source>
            <translation>
                <numerusform>%n punto eliminado</numerusform>
                <numerusform>%n puntos eliminados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bpui::DataPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Conjunto de datos</translation>
        </message>
        <message>
            <source>Loading cancelled; the previous data set is kept.</source>
            <translation>Carga cancelada; se conserva el conjunto de datos anterior.</translation>
        </message>
        <message>
            <source>Built-in generator</source>
            <translation>Generador integrado</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Regenerar</translation>
        </message>
        <message>
            <source>Generator</source>
            <translation>Generador</translation>
        </message>
        <message>
            <source>Examples (m)</source>
            <translation>Ejemplos (m)</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Ruido</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Open CSV…</source>
            <translation>Abrir CSV…</translation>
        </message>
        <message>
            <source>Open IDX…</source>
            <translation>Abrir IDX…</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Archivo CSV</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Detectar</translation>
        </message>
        <message>
            <source>First row is a header</source>
            <translation>La primera fila es una cabecera</translation>
        </message>
        <message>
            <source>No header</source>
            <translation>Sin cabecera</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Regression</source>
            <translation>Regresión</translation>
        </message>
        <message>
            <source>Load with these settings</source>
            <translation>Cargar con estos ajustes</translation>
        </message>
        <message>
            <source>Label column</source>
            <translation>Columna de etiqueta</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Cabecera</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Preprocessing</source>
            <translation>Preprocesamiento</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Standardise (z-score)</source>
            <translation>Estandarizar (puntuación z)</translation>
        </message>
        <message>
            <source>Min–max to [0, 1]</source>
            <translation>Mín–máx a [0, 1]</translation>
        </message>
        <message>
            <source>Normalisation</source>
            <translation>Normalización</translation>
        </message>
        <message>
            <source>Validation fraction</source>
            <translation>Fracción de validación</translation>
        </message>
        <message>
            <source>Test fraction</source>
            <translation>Fracción de prueba</translation>
        </message>
        <message>
            <source>Split seed</source>
            <translation>Semilla de la partición</translation>
        </message>
        <message>
            <source>
The previous data set is kept.</source>
            <translation>
Se conserva el conjunto de datos anterior.</translation>
        </message>
        <message>
            <source>Loaded %1 examples: the network's input and output layers follow the data, weights reset.</source>
            <translation>Cargados %1 ejemplos: las capas de entrada y de salida de la red se ajustan a los datos y los pesos se reinician.</translation>
        </message>
        <message>
            <source>Open CSV data</source>
            <translation>Abrir datos CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>IDX files (*-ubyte *.idx* *.gz);;All files (*)</source>
            <translation>Archivos IDX (*-ubyte *.idx* *.gz);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open IDX images</source>
            <translation>Abrir imágenes IDX</translation>
        </message>
        <message>
            <source>Open IDX labels</source>
            <translation>Abrir etiquetas IDX</translation>
        </message>
        <message>
            <source>CSV file: %1</source>
            <translation>Archivo CSV: %1</translation>
        </message>
        <message>
            <source>Detect (found a header)</source>
            <translation>Detectar (se encontró una cabecera)</translation>
        </message>
        <message>
            <source>Detect (no header found)</source>
            <translation>Detectar (no se encontró cabecera)</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Cargando %1…</translation>
        </message>
        <message>
            <source>Built-in generator (not in use)</source>
            <translation>Generador integrado (no se usa)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data:&lt;/b&gt; generator %1</source>
            <translation>&lt;b&gt;Datos:&lt;/b&gt; generador %1</translation>
        </message>
        <message>
            <source>, &lt;b&gt;edited&lt;/b&gt;</source>
            <translation>, &lt;b&gt;editados&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Points were painted or removed on the Prediction plot. The project saves the points themselves; Regenerate discards the edits.</source>
            <translation>Se pintaron o eliminaron puntos en el gráfico de Predicción. El proyecto guarda los propios puntos; Regenerar descarta las ediciones.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data:&lt;/b&gt; CSV file %1</source>
            <translation>&lt;b&gt;Datos:&lt;/b&gt; archivo CSV %1</translation>
        </message>
        <message>
            <source>, label column %1</source>
            <translation>, columna de etiqueta %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data:&lt;/b&gt; IDX files %1 and %2</source>
            <translation>&lt;b&gt;Datos:&lt;/b&gt; archivos IDX %1 y %2</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;m = %2 examples · %3 features</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;m = %2 ejemplos · %3 características</translation>
        </message>
        <message>
            <source> (%1 × %2 images)</source>
            <translation> (imágenes de %1 × %2)</translation>
        </message>
        <message>
            <source> · %1 classes&lt;br&gt;Class balance: </source>
            <translation> · %1 clases&lt;br&gt;Equilibrio de clases: </translation>
        </message>
        <message>
            <source>%1: %2 (%3 %)</source>
            <translation>%1: %2 (%3 %)</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source> · regression, %1 target(s)</source>
            <translation> · regresión, %1 objetivo(s)</translation>
        </message>
        <message>
            <source>&lt;br&gt;Split: train %1 · validation %2 · test %3</source>
            <translation>&lt;br&gt;Partición: entrenamiento %1 · validación %2 · prueba %3</translation>
        </message>
    </context>
    <context>
        <name>bpui::DataPreview</name>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>The loaded examples by their first two inputs, coloured by class.</source>
            <translation>Los ejemplos cargados según sus dos primeras entradas, coloreados por clase.</translation>
        </message>
    </context>
    <context>
        <name>bpui::DiagnoseTools</name>
        <message>
            <source>&amp;Diagnose</source>
            <translation>&amp;Diagnóstico</translation>
        </message>
        <message>
            <source>&amp;Learning curve…</source>
            <translation>Curva de &amp;aprendizaje…</translation>
        </message>
        <message>
            <source>J_train and J_cv against the number of training examples: high bias or high variance?</source>
            <translation>J_train y J_cv frente al número de ejemplos de entrenamiento: ¿sesgo alto o varianza alta?</translation>
        </message>
        <message>
            <source>&amp;Validation curve…</source>
            <translation>Curva de &amp;validación…</translation>
        </message>
        <message>
            <source>J_train and J_cv against λ or the hidden layer's size; use the best one</source>
            <translation>J_train y J_cv frente a λ o al tamaño de la capa oculta; usa el mejor valor</translation>
        </message>
    </context>
    <context>
        <name>bpui::DisplayNames</name>
        <message>
            <source>Gradient descent</source>
            <comment>optimiser</comment>
            <translation>Descenso del gradiente</translation>
        </message>
        <message>
            <source>Momentum</source>
            <comment>optimiser</comment>
            <translation>Momento</translation>
        </message>
        <message>
            <source>Adam</source>
            <comment>optimiser</comment>
            <translation>Adam</translation>
        </message>
        <message>
            <source>L-BFGS</source>
            <comment>optimiser</comment>
            <translation>L-BFGS</translation>
        </message>
        <message>
            <source>Conjugate gradient</source>
            <comment>optimiser</comment>
            <translation>Gradiente conjugado</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <comment>activation function</comment>
            <translation>sigmoide</translation>
        </message>
        <message>
            <source>tanh</source>
            <comment>activation function</comment>
            <translation>tanh</translation>
        </message>
        <message>
            <source>relu</source>
            <comment>activation function</comment>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>leaky_relu</source>
            <comment>activation function</comment>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <source>linear</source>
            <comment>activation function</comment>
            <translation>lineal</translation>
        </message>
        <message>
            <source>softmax</source>
            <comment>activation function</comment>
            <translation>softmax</translation>
        </message>
        <message>
            <source>uniform</source>
            <comment>weight initialisation: U[−ε, ε], ε = √6 / √(s_l + s_{l+1})</comment>
            <translation>uniforme ±ε</translation>
        </message>
        <message>
            <source>uniform012</source>
            <comment>weight initialisation: U[−0.12, 0.12]</comment>
            <translation>uniforme ±0.12</translation>
        </message>
        <message>
            <source>xavier</source>
            <comment>weight initialisation: Xavier normal</comment>
            <translation>Xavier (normal)</translation>
        </message>
        <message>
            <source>he</source>
            <comment>weight initialisation: He normal</comment>
            <translation>He (normal)</translation>
        </message>
        <message>
            <source>zeros</source>
            <comment>weight initialisation: all 0</comment>
            <translation>ceros</translation>
        </message>
        <message>
            <source>constant</source>
            <comment>weight initialisation: all one value</comment>
            <translation>constante</translation>
        </message>
        <message>
            <source>xor</source>
            <comment>data set generator: four XOR clusters</comment>
            <translation>XOR</translation>
        </message>
        <message>
            <source>circles</source>
            <comment>data set generator: two nested rings</comment>
            <translation>círculos</translation>
        </message>
        <message>
            <source>gaussians</source>
            <comment>data set generator: Gaussian blobs</comment>
            <translation>nubes gaussianas</translation>
        </message>
        <message>
            <source>spiral</source>
            <comment>data set generator: spiral arms</comment>
            <translation>espiral</translation>
        </message>
        <message>
            <source>moons</source>
            <comment>data set generator: two half-moons</comment>
            <translation>medias lunas</translation>
        </message>
        <message>
            <source>regression1d</source>
            <comment>data set generator: regression, one input</comment>
            <translation>regresión 1D</translation>
        </message>
        <message>
            <source>regression2d</source>
            <comment>data set generator: regression, two inputs</comment>
            <translation>regresión 2D</translation>
        </message>
        <message>
            <source>iteration limit reached</source>
            <comment>how a run ended</comment>
            <translation>límite de iteraciones alcanzado</translation>
        </message>
        <message>
            <source>epoch limit reached</source>
            <comment>how a run ended</comment>
            <translation>límite de épocas alcanzado</translation>
        </message>
        <message>
            <source>target cost reached</source>
            <comment>how a run ended</comment>
            <translation>coste objetivo alcanzado</translation>
        </message>
        <message>
            <source>converged</source>
            <comment>how a run ended</comment>
            <translation>convergió</translation>
        </message>
        <message>
            <source>time limit reached</source>
            <comment>how a run ended</comment>
            <translation>límite de tiempo alcanzado</translation>
        </message>
        <message>
            <source>stopped early</source>
            <comment>how a run ended</comment>
            <translation>parada temprana</translation>
        </message>
        <message>
            <source>diverged</source>
            <comment>how a run ended</comment>
            <translation>divergió</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>how a run ended</comment>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>how a run ended</comment>
            <translation>detenido</translation>
        </message>
        <message>
            <source>the gradient became non-finite at the initial weights</source>
            <translation>el gradiente dejó de ser finito en los pesos iniciales</translation>
        </message>
        <message>
            <source>cost became %1 at the initial weights</source>
            <translation>el coste pasó a ser %1 en los pesos iniciales</translation>
        </message>
        <message>
            <source>check the data for missing or huge values</source>
            <translation>revisa si en los datos faltan valores o hay valores enormes</translation>
        </message>
        <message>
            <source>the gradient became non-finite at iteration %1</source>
            <translation>el gradiente dejó de ser finito en la iteración %1</translation>
        </message>
        <message>
            <source>cost became %1 at iteration %2</source>
            <translation>el coste pasó a ser %1 en la iteración %2</translation>
        </message>
        <message>
            <source>the line search reached weights where the cost overflows</source>
            <translation>la búsqueda lineal llegó a pesos donde el coste se desborda</translation>
        </message>
        <message>
            <source>the learning rate %1 is probably too high</source>
            <translation>la tasa de aprendizaje %1 probablemente es demasiado alta</translation>
        </message>
        <message>
            <source>restored the weights of iteration %1</source>
            <translation>se restauraron los pesos de la iteración %1</translation>
        </message>
        <message>
            <source>reached the target cost %1 at iteration %2</source>
            <translation>se alcanzó el coste objetivo %1 en la iteración %2</translation>
        </message>
        <message>
            <source>converged: the cost changed by less than %1 (relative) at iteration %2</source>
            <translation>convergió: el coste cambió menos de %1 (relativo) en la iteración %2</translation>
        </message>
        <message>
            <source>early stopping: the validation cost has not improved for %1 checks</source>
            <translation>parada temprana: el coste de validación no ha mejorado en %1 comprobaciones</translation>
        </message>
        <message>
            <source>restored the weights of iteration %1 (validation cost %2)</source>
            <translation>se restauraron los pesos de la iteración %1 (coste de validación %2)</translation>
        </message>
        <message>
            <source>reached the limit of %1 iterations</source>
            <translation>se alcanzó el límite de %1 iteraciones</translation>
        </message>
        <message>
            <source>reached the limit of %1 epochs</source>
            <translation>se alcanzó el límite de %1 épocas</translation>
        </message>
        <message>
            <source>reached the time limit of %1 s</source>
            <translation>se alcanzó el límite de tiempo de %1 s</translation>
        </message>
        <message>
            <source>stopped on request after iteration %1</source>
            <translation>detenido a petición tras la iteración %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>kept the weights of iteration %1</source>
            <translation>se conservaron los pesos de la iteración %1</translation>
        </message>
        <message>
            <source>cancelled before the first evaluation</source>
            <translation>cancelado antes de la primera evaluación</translation>
        </message>
        <message>
            <source>the weights are unchanged</source>
            <translation>los pesos no han cambiado</translation>
        </message>
        <message>
            <source>Training was stopped.</source>
            <translation>Se detuvo el entrenamiento.</translation>
        </message>
        <message>
            <source>L-BFGS converged: the gradient norm fell below %1</source>
            <translation>L-BFGS convergió: la norma del gradiente bajó de %1</translation>
        </message>
        <message>
            <source>L-BFGS converged: its line search cannot lower the cost any further (%1)</source>
            <translation>L-BFGS convergió: su búsqueda lineal no puede bajar más el coste (%1)</translation>
        </message>
        <message>
            <source>conjugate gradient converged: the gradient is zero</source>
            <translation>el gradiente conjugado convergió: el gradiente es cero</translation>
        </message>
        <message>
            <source>conjugate gradient converged: two line searches in a row found no lower cost</source>
            <translation>el gradiente conjugado convergió: dos búsquedas lineales seguidas no encontraron un coste menor</translation>
        </message>
        <message>
            <source>infinite</source>
            <comment>an overflowed cost</comment>
            <translation>infinito</translation>
        </message>
        <message>
            <source>High variance (overfitting): at m = %1 J_cv = %2 stays well above J_train = %3. The gap is closing: more data should help; so would a larger λ or a smaller network.</source>
            <translation>Varianza alta (sobreajuste): con m = %1, J_cv = %2 se mantiene muy por encima de J_train = %3. La brecha se está cerrando: más datos deberían ayudar; también una λ mayor o una red más pequeña.</translation>
        </message>
        <message>
            <source>High variance (overfitting): at m = %1 J_cv = %2 stays well above J_train = %3. The gap is not closing yet: try a larger λ or a smaller network; more data may help.</source>
            <translation>Varianza alta (sobreajuste): con m = %1, J_cv = %2 se mantiene muy por encima de J_train = %3. La brecha aún no se cierra: prueba con una λ mayor o una red más pequeña; más datos pueden ayudar.</translation>
        </message>
        <message>
            <source>High bias (underfitting): the curves meet high (J_train = %1, J_cv = %2 at m = %3). More data will not help; try a larger network, more features or a smaller λ.</source>
            <translation>Sesgo alto (subajuste): las curvas se juntan arriba (J_train = %1, J_cv = %2 con m = %3). Más datos no ayudarán; prueba con una red más grande, más características o una λ menor.</translation>
        </message>
        <message>
            <source>Neither high bias nor high variance: the curves meet low (J_train = %1, J_cv = %2 at m = %3).</source>
            <translation>Ni sesgo alto ni varianza alta: las curvas se juntan abajo (J_train = %1, J_cv = %2 con m = %3).</translation>
        </message>
    </context>
    <context>
        <name>bpui::DivergenceGuard</name>
        <message>
            <source>&amp;Rewind</source>
            <translation>&amp;Retroceder</translation>
        </message>
        <message>
            <source>Rewind, α ÷ 10</source>
            <translation>Retroceder, α ÷ 10</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training paused: the cost blew up.&lt;/b&gt; It rose from %1 at iteration %2 to %3 at iteration %4.</source>
            <translation>&lt;b&gt;Entrenamiento en pausa: el coste se disparó.&lt;/b&gt; Subió de %1 en la iteración %2 a %3 en la iteración %4.</translation>
        </message>
        <message>
            <source>cost blew up</source>
            <translation>coste disparado</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training stopped: the cost turned non-finite.&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Entrenamiento detenido: el coste dejó de ser finito.&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>non-finite cost</source>
            <translation>coste no finito</translation>
        </message>
        <message>
            <source> &lt;b&gt;Rewind&lt;/b&gt; restores the weights of iteration %1 (cost %2).</source>
            <translation> &lt;b&gt;Retroceder&lt;/b&gt; restaura los pesos de la iteración %1 (coste %2).</translation>
        </message>
        <message>
            <source>Likely cause: the learning rate α = %1 is too high. Each step Θ := Θ − α·D overshoots the valley of J, lands higher on the other side, and the overshoots grow. Try α ≤ %2.</source>
            <translation>Causa probable: la tasa de aprendizaje α = %1 es demasiado alta. Cada paso Θ := Θ − α·D se pasa del valle de J, cae más alto en el otro lado y los excesos crecen. Prueba con α ≤ %2.</translation>
        </message>
        <message>
            <source>Likely cause: the learning rate α = %1 is too high, or the momentum μ = %2 too close to 1: the velocity keeps pushing past the minimum. Try α ≤ %3.</source>
            <translation>Causa probable: la tasa de aprendizaje α = %1 es demasiado alta, o el momento μ = %2 está demasiado cerca de 1: la velocidad sigue empujando más allá del mínimo. Prueba con α ≤ %3.</translation>
        </message>
        <message>
            <source>Likely cause: the learning rate α = %1 is too high for Adam, whose steps are about α in every direction whatever the gradient's size. Try α ≤ %2.</source>
            <translation>Causa probable: la tasa de aprendizaje α = %1 es demasiado alta para Adam, cuyos pasos miden aproximadamente α en cada dirección sea cual sea el tamaño del gradiente. Prueba con α ≤ %2.</translation>
        </message>
        <message>
            <source>Likely cause: the line search reached weights where the cost overflows, usually because the inputs are on very different scales. Normalise the data (Data panel) or raise λ.</source>
            <translation>Causa probable: la búsqueda lineal llegó a pesos donde el coste se desborda, normalmente porque las entradas están en escalas muy distintas. Normaliza los datos (panel Datos) o aumenta λ.</translation>
        </message>
        <message>
            <source> The inputs are not normalised, which makes this more likely.</source>
            <translation> Las entradas no están normalizadas, lo que lo hace más probable.</translation>
        </message>
    </context>
    <context>
        <name>bpui::EngineMessages</name>
        <message>
            <source>line %1</source>
            <comment>where in a file</comment>
            <translation>línea %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <comment>where in a file</comment>
            <translation>línea %1, columna %2</translation>
        </message>
        <message>
            <source>column %1</source>
            <comment>where in a file</comment>
            <translation>columna %1</translation>
        </message>
        <message>
            <source>layer %1</source>
            <comment>which layer of a network, input = 1</comment>
            <translation>capa %1</translation>
        </message>
        <message>
            <source>training</source>
            <comment>the source of an error</comment>
            <translation>entrenamiento</translation>
        </message>
        <message>
            <source>project</source>
            <comment>the source of an error</comment>
            <translation>proyecto</translation>
        </message>
        <message>
            <source>model</source>
            <comment>the source of an error</comment>
            <translation>modelo</translation>
        </message>
        <message>
            <source>architecture</source>
            <comment>the source of an error</comment>
            <translation>arquitectura</translation>
        </message>
        <message>
            <source>features</source>
            <comment>the source of an error</comment>
            <translation>características</translation>
        </message>
        <message>
            <source>data</source>
            <comment>the source of an error</comment>
            <translation>datos</translation>
        </message>
        <message>
            <source>gradient check</source>
            <comment>the source of an error</comment>
            <translation>comprobación del gradiente</translation>
        </message>
        <message>
            <source>generator %1</source>
            <comment>the source of an error; %1 is its quoted name</comment>
            <translation>generador %1</translation>
        </message>
        <message>
            <source>data spec %1</source>
            <comment>the source of an error; %1 is the quoted spec</comment>
            <translation>especificación de datos %1</translation>
        </message>
        <message>
            <source>a JSON object</source>
            <comment>JSON value kind</comment>
            <translation>un objeto JSON</translation>
        </message>
        <message>
            <source>an object</source>
            <comment>JSON value kind</comment>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>an array</source>
            <comment>JSON value kind</comment>
            <translation>un array</translation>
        </message>
        <message>
            <source>a string</source>
            <comment>JSON value kind</comment>
            <translation>una cadena</translation>
        </message>
        <message>
            <source>a boolean</source>
            <comment>JSON value kind</comment>
            <translation>un booleano</translation>
        </message>
        <message>
            <source>an integer</source>
            <comment>JSON value kind</comment>
            <translation>un entero</translation>
        </message>
        <message>
            <source>a number</source>
            <comment>JSON value kind</comment>
            <translation>un número</translation>
        </message>
        <message>
            <source>null</source>
            <comment>JSON value kind</comment>
            <translation>null</translation>
        </message>
        <message>
            <source>nothing</source>
            <comment>JSON value kind</comment>
            <translation>nada</translation>
        </message>
        <message>
            <source>binary data</source>
            <comment>JSON value kind</comment>
            <translation>datos binarios</translation>
        </message>
        <message>
            <source>an integer seed</source>
            <comment>JSON value kind</comment>
            <translation>una semilla entera</translation>
        </message>
        <message>
            <source>a number, null, "inf" or "-inf"</source>
            <comment>JSON value kind</comment>
            <translation>un número, null, "inf" o "-inf"</translation>
        </message>
        <message>
            <source>an array (one entry per row)</source>
            <comment>JSON value kind</comment>
            <translation>un array (una entrada por fila)</translation>
        </message>
        <message>
            <source>an array (one entry per sample)</source>
            <comment>JSON value kind</comment>
            <translation>un array (una entrada por muestra)</translation>
        </message>
        <message>
            <source>an array of activation names</source>
            <comment>JSON value kind</comment>
            <translation>un array de nombres de activación</translation>
        </message>
        <message>
            <source>an array of class indices</source>
            <comment>JSON value kind</comment>
            <translation>un array de índices de clase</translation>
        </message>
        <message>
            <source>an array of curves</source>
            <comment>JSON value kind</comment>
            <translation>un array de curvas</translation>
        </message>
        <message>
            <source>an array of layer sizes</source>
            <comment>JSON value kind</comment>
            <translation>un array de tamaños de capa</translation>
        </message>
        <message>
            <source>an array of numbers (m, λ or units)</source>
            <comment>JSON value kind</comment>
            <translation>un array de números (m, λ o unidades)</translation>
        </message>
        <message>
            <source>an array of numbers (one per layer)</source>
            <comment>JSON value kind</comment>
            <translation>un array de números (uno por capa)</translation>
        </message>
        <message>
            <source>an array of numbers</source>
            <comment>JSON value kind</comment>
            <translation>un array de números</translation>
        </message>
        <message>
            <source>an array of points</source>
            <comment>JSON value kind</comment>
            <translation>un array de puntos</translation>
        </message>
        <message>
            <source>an array of rows of numbers</source>
            <comment>JSON value kind</comment>
            <translation>un array de filas de números</translation>
        </message>
        <message>
            <source>an array of runs</source>
            <comment>JSON value kind</comment>
            <translation>un array de ejecuciones</translation>
        </message>
        <message>
            <source>an array of snapshots</source>
            <comment>JSON value kind</comment>
            <translation>un array de instantáneas</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <comment>JSON value kind</comment>
            <translation>un array de cadenas</translation>
        </message>
        <message>
            <source>null or an array of feature names</source>
            <comment>JSON value kind</comment>
            <translation>null o un array de nombres de características</translation>
        </message>
        <message>
            <source>null or an object</source>
            <comment>JSON value kind</comment>
            <translation>null o un objeto</translation>
        </message>
        <message>
            <source>a model file</source>
            <comment>what a JSON file should be</comment>
            <translation>un archivo de modelo</translation>
        </message>
        <message>
            <source>a project file</source>
            <comment>what a JSON file should be</comment>
            <translation>un archivo de proyecto</translation>
        </message>
        <message>
            <source>tab</source>
            <comment>the tab character as a CSV delimiter</comment>
            <translation>tabulador</translation>
        </message>
        <message>
            <source>the memory budget of %1 (set by the program)</source>
            <comment>%1 is a size such as 7.6 GiB</comment>
            <translation>el presupuesto de memoria de %1 (fijado por el programa)</translation>
        </message>
        <message>
            <source>the memory budget of %1 (set by BPS_MEMORY_BUDGET)</source>
            <comment>%1 is a size such as 7.6 GiB</comment>
            <translation>el presupuesto de memoria de %1 (fijado por BPS_MEMORY_BUDGET)</translation>
        </message>
        <message>
            <source>the memory budget of %1 (physical memory unknown)</source>
            <comment>%1 is a size such as 7.6 GiB</comment>
            <translation>el presupuesto de memoria de %1 (memoria física desconocida)</translation>
        </message>
        <message>
            <source>the memory budget of %1 (half of the %2 of physical memory)</source>
            <comment>%1, %2 are sizes such as 7.6 GiB</comment>
            <translation>el presupuesto de memoria de %1 (la mitad de los %2 de memoria física)</translation>
        </message>
        <message>
            <source>weights and gradient %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>pesos y gradiente %1</translation>
        </message>
        <message>
            <source>no optimiser state %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>sin estado del optimizador %1</translation>
        </message>
        <message>
            <source>momentum velocity %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>velocidad del momento %1</translation>
        </message>
        <message>
            <source>Adam moments %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>momentos de Adam %1</translation>
        </message>
        <message>
            <source>L-BFGS history %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>historial de L-BFGS %1</translation>
        </message>
        <message>
            <source>conjugate-gradient vectors %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>vectores del gradiente conjugado %1</translation>
        </message>
        <message>
            <source>activations and deltas of %1-example chunks %2</source>
            <comment>memory estimate; %1 is a count, %2 a size</comment>
            <translation>activaciones y deltas de bloques de %1 ejemplos %2</translation>
        </message>
        <message>
            <source>encoded targets %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>objetivos codificados %1</translation>
        </message>
        <message>
            <source>invalid delimiter %1</source>
            <comment>error reading a CSV file</comment>
            <translation>delimitador no válido %1</translation>
        </message>
        <message>
            <source>empty file</source>
            <comment>error reading a CSV file</comment>
            <translation>archivo vacío</translation>
        </message>
        <message>
            <source>no data rows (only a header)</source>
            <comment>error reading a CSV file</comment>
            <translation>no hay filas de datos (solo una cabecera)</translation>
        </message>
        <message>
            <source>no data rows (only a header or blank lines)</source>
            <comment>error reading a CSV file</comment>
            <translation>no hay filas de datos (solo una cabecera o líneas en blanco)</translation>
        </message>
        <message>
            <source>only 1 column (delimiter %1): need at least one feature column besides the label</source>
            <comment>error reading a CSV file</comment>
            <translation>solo 1 columna (delimitador %1): hace falta al menos una columna de características además de la etiqueta</translation>
        </message>
        <message>
            <source>unknown label column %1 (the file has %2 columns; use a header name or a 0-based index)</source>
            <comment>error reading a CSV file</comment>
            <translation>columna de etiqueta desconocida %1 (el archivo tiene %2 columnas; usa un nombre de la cabecera o un índice desde 0)</translation>
        </message>
        <message>
            <source>unknown label column %1 (the file has %2 columns and no header; use a 0-based index)</source>
            <comment>error reading a CSV file</comment>
            <translation>columna de etiqueta desconocida %1 (el archivo tiene %2 columnas y no tiene cabecera; usa un índice desde 0)</translation>
        </message>
        <message>
            <source>expected %1 fields, found %2</source>
            <comment>error reading a CSV file</comment>
            <translation>se esperaban %1 campos, hay %2</translation>
        </message>
        <message>
            <source>expected a class label, found an empty cell</source>
            <comment>error reading a CSV file</comment>
            <translation>se esperaba una etiqueta de clase, la celda está vacía</translation>
        </message>
        <message>
            <source>more than %1 distinct labels: is this a regression target? (use task=regression)</source>
            <comment>error reading a CSV file</comment>
            <translation>más de %1 etiquetas distintas: ¿es un objetivo de regresión? (usa task=regression)</translation>
        </message>
        <message>
            <source>expected a number, found an empty cell</source>
            <comment>error reading a CSV file</comment>
            <translation>se esperaba un número, la celda está vacía</translation>
        </message>
        <message>
            <source>expected a number, found %1</source>
            <comment>error reading a CSV file</comment>
            <translation>se esperaba un número, hay %1</translation>
        </message>
        <message>
            <source>expected a finite number, found %1</source>
            <comment>error reading a CSV file</comment>
            <translation>se esperaba un número finito, hay %1</translation>
        </message>
        <message>
            <source>only one class (%1) in the label column: classification needs at least 2 (or use task=regression)</source>
            <comment>error reading a CSV file</comment>
            <translation>solo una clase (%1) en la columna de etiqueta: la clasificación necesita al menos 2 (o usa task=regression)</translation>
        </message>
        <message>
            <source>found a NUL byte: this is a binary file, not CSV text</source>
            <comment>error reading a CSV file</comment>
            <translation>hay un byte NUL: es un archivo binario, no texto CSV</translation>
        </message>
        <message>
            <source>invalid UTF-8 (byte %1): save the file as UTF-8</source>
            <comment>error reading a CSV file</comment>
            <translation>UTF-8 no válido (byte %1): guarda el archivo como UTF-8</translation>
        </message>
        <message>
            <source>is a directory, not a CSV file</source>
            <comment>error reading a CSV file</comment>
            <translation>es una carpeta, no un archivo CSV</translation>
        </message>
        <message>
            <source>cannot open file: %1</source>
            <comment>error reading a CSV file</comment>
            <translation>no se puede abrir el archivo: %1</translation>
        </message>
        <message>
            <source>file is larger than %1 MiB: too big to load into memory</source>
            <comment>error reading a CSV file</comment>
            <translation>el archivo ocupa más de %1 MiB: demasiado grande para cargarlo en memoria</translation>
        </message>
        <message>
            <source>read error</source>
            <comment>error reading a CSV file</comment>
            <translation>error de lectura</translation>
        </message>
        <message>
            <source>line longer than 1 MiB: this does not look like a CSV file</source>
            <comment>error reading a CSV file</comment>
            <translation>línea de más de 1 MiB: no parece un archivo CSV</translation>
        </message>
        <message>
            <source>unterminated quoted field (missing closing '"')</source>
            <comment>error reading a CSV file</comment>
            <translation>campo entre comillas sin cerrar (falta el '"' de cierre)</translation>
        </message>
        <message>
            <source>unexpected text after a closing quote</source>
            <comment>error reading a CSV file</comment>
            <translation>texto inesperado tras unas comillas de cierre</translation>
        </message>
        <message>
            <source>is a directory, not an IDX file</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>es una carpeta, no un archivo IDX</translation>
        </message>
        <message>
            <source>corrupt or truncated gzip data (zlib: %1)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>datos gzip dañados o truncados (zlib: %1)</translation>
        </message>
        <message>
            <source>corrupt gzip data (zlib: %1)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>datos gzip dañados (zlib: %1)</translation>
        </message>
        <message>
            <source>truncated: too short for an IDX header</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>truncado: demasiado corto para una cabecera IDX</translation>
        </message>
        <message>
            <source>this is an IDX labels file, magic %1 (expected %2 for IDX images): are the two files swapped?</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>es un archivo IDX de etiquetas, número mágico %1 (se esperaba %2 para imágenes IDX): ¿están intercambiados los dos archivos?</translation>
        </message>
        <message>
            <source>this is an IDX images file, magic %1 (expected %2 for IDX labels): are the two files swapped?</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>es un archivo IDX de imágenes, número mágico %1 (se esperaba %2 para etiquetas IDX): ¿están intercambiados los dos archivos?</translation>
        </message>
        <message>
            <source>not an IDX file: bad magic number %1 (expected %2 for IDX images)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>no es un archivo IDX: número mágico incorrecto %1 (se esperaba %2 para imágenes IDX)</translation>
        </message>
        <message>
            <source>not an IDX file: bad magic number %1 (expected %2 for IDX labels)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>no es un archivo IDX: número mágico incorrecto %1 (se esperaba %2 para etiquetas IDX)</translation>
        </message>
        <message>
            <source>unsupported IDX element type %1 (only unsigned bytes, 0x08, are supported)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>tipo de elemento IDX no admitido %1 (solo se admiten bytes sin signo, 0x08)</translation>
        </message>
        <message>
            <source>expected %1 dimensions for IDX images, found %2</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>se esperaban %1 dimensiones para imágenes IDX, hay %2</translation>
        </message>
        <message>
            <source>expected %1 dimension for IDX labels, found %2</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>se esperaba %1 dimensión para etiquetas IDX, hay %2</translation>
        </message>
        <message>
            <source>truncated: the IDX header is incomplete</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>truncado: la cabecera IDX está incompleta</translation>
        </message>
        <message>
            <source>truncated: expected %1 images of %2x%3 (%4 bytes of data), found only %5 bytes</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>truncado: se esperaban %1 imágenes de %2x%3 (%4 bytes de datos), solo hay %5 bytes</translation>
        </message>
        <message>
            <source>truncated: expected %1 labels (%2 bytes of data), found only %3 bytes</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>truncado: se esperaban %1 etiquetas (%2 bytes de datos), solo hay %3 bytes</translation>
        </message>
        <message>
            <source>the header says the file holds no images</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>según la cabecera, el archivo no contiene imágenes</translation>
        </message>
        <message>
            <source>image size %1x%2 is not plausible (expected 1 to %3 pixels a side)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>el tamaño de imagen %1x%2 no es plausible (se esperaban de 1 a %3 píxeles por lado)</translation>
        </message>
        <message>
            <source>%1 images of %2x%3 need %4 MiB as doubles, over the %5 GiB limit: load fewer with a maximum (max=N)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>%1 imágenes de %2x%3 necesitan %4 MiB como doubles, por encima del límite de %5 GiB: carga menos con un máximo (max=N)</translation>
        </message>
        <message>
            <source>count mismatch: %1 labels for %2 images in %3</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>las cantidades no coinciden: %1 etiquetas para %2 imágenes en %3</translation>
        </message>
        <message>
            <source>every label is 0: classification needs at least 2 classes</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>todas las etiquetas son 0: la clasificación necesita al menos 2 clases</translation>
        </message>
        <message>
            <source>training this network needs about %1 (%2), more than %3: use fewer or smaller layers, a smaller batch or fewer examples</source>
            <comment>memory estimate; %N are counts, sizes such as 1.5 GiB and the memory budget</comment>
            <translation>entrenar esta red necesita unos %1 (%2), más que %3: usa menos capas o más pequeñas, un lote más pequeño o menos ejemplos</translation>
        </message>
        <message>
            <source>a network of %1 weights needs about %2 to train (weights, gradient and %3 copies), more than %4: use fewer or smaller layers</source>
            <comment>memory estimate; %N are counts, sizes such as 1.5 GiB and the memory budget</comment>
            <translation>una red de %1 pesos necesita unos %2 para entrenar (pesos, gradiente y %3 copias), más que %4: usa menos capas o más pequeñas</translation>
        </message>
        <message>
            <source>%1 images of %2x%3 need about %4, more than %5</source>
            <comment>memory estimate; %N are counts, sizes such as 1.5 GiB and the memory budget</comment>
            <translation>%1 imágenes de %2x%3 necesitan unos %4, más que %5</translation>
        </message>
        <message>
            <source>the %1 of text and the numbers parsed from it need about %2, more than %3</source>
            <comment>memory estimate; %N are counts, sizes such as 1.5 GiB and the memory budget</comment>
            <translation>los %1 de texto y los números leídos de él necesitan unos %2, más que %3</translation>
        </message>
        <message>
            <source>a network needs an input and an output layer, found %1 layer(s)</source>
            <comment>error in a network's architecture</comment>
            <translation>una red necesita una capa de entrada y una de salida, hay %1 capa(s)</translation>
        </message>
        <message>
            <source>at most %1 layers, found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>como máximo %1 capas, hay %2</translation>
        </message>
        <message>
            <source>expected %1 activations (one per non-input layer), found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>se esperaban %1 activaciones (una por capa que no sea la de entrada), hay %2</translation>
        </message>
        <message>
            <source>a layer has 1 to %1 units, found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>una capa tiene de 1 a %1 unidades, hay %2</translation>
        </message>
        <message>
            <source>%1 can only be used on the output layer</source>
            <comment>error in a network's architecture</comment>
            <translation>%1 solo puede usarse en la capa de salida</translation>
        </message>
        <message>
            <source>the output activation must be sigmoid, softmax or linear, found %1</source>
            <comment>error in a network's architecture</comment>
            <translation>la activación de salida debe ser sigmoid, softmax o linear, hay %1</translation>
        </message>
        <message>
            <source>the input layer has %1 unit but the data has %2 feature</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de entrada tiene %1 unidad, pero los datos tienen %2 característica</translation>
        </message>
        <message>
            <source>the input layer has %1 unit but the data has %2 features</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de entrada tiene %1 unidad, pero los datos tienen %2 características</translation>
        </message>
        <message>
            <source>the input layer has %1 units but the data has %2 feature</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de entrada tiene %1 unidades, pero los datos tienen %2 característica</translation>
        </message>
        <message>
            <source>the input layer has %1 units but the data has %2 features</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de entrada tiene %1 unidades, pero los datos tienen %2 características</translation>
        </message>
        <message>
            <source>the output layer has %1 unit but the data needs %2 (%3 target)</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de salida tiene %1 unidad, pero los datos necesitan %2 (%3 objetivo)</translation>
        </message>
        <message>
            <source>the output layer has %1 unit but the data needs %2 (%3 targets)</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de salida tiene %1 unidad, pero los datos necesitan %2 (%3 objetivos)</translation>
        </message>
        <message>
            <source>the output layer has %1 units but the data needs %2 (%3 target)</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de salida tiene %1 unidades, pero los datos necesitan %2 (%3 objetivo)</translation>
        </message>
        <message>
            <source>the output layer has %1 units but the data needs %2 (%3 targets)</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de salida tiene %1 unidades, pero los datos necesitan %2 (%3 objetivos)</translation>
        </message>
        <message>
            <source>the output layer has %1 unit but the data needs %2 (%3 class)</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de salida tiene %1 unidad, pero los datos necesitan %2 (%3 clase)</translation>
        </message>
        <message>
            <source>the output layer has %1 unit but the data needs %2 (%3 classes)</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de salida tiene %1 unidad, pero los datos necesitan %2 (%3 clases)</translation>
        </message>
        <message>
            <source>the output layer has %1 units but the data needs %2 (%3 class)</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de salida tiene %1 unidades, pero los datos necesitan %2 (%3 clase)</translation>
        </message>
        <message>
            <source>the output layer has %1 units but the data needs %2 (%3 classes)</source>
            <comment>error in a network's architecture</comment>
            <translation>la capa de salida tiene %1 unidades, pero los datos necesitan %2 (%3 clases)</translation>
        </message>
        <message>
            <source>expected %1 weight (the unrolled parameters of the architecture), found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>se esperaba %1 peso (los parámetros desenrollados de la arquitectura), hay %2</translation>
        </message>
        <message>
            <source>expected %1 weights (the unrolled parameters of the architecture), found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>se esperaban %1 pesos (los parámetros desenrollados de la arquitectura), hay %2</translation>
        </message>
        <message>
            <source>tick at least one input feature (%1)</source>
            <comment>error in a network's architecture</comment>
            <translation>marca al menos una característica de entrada (%1)</translation>
        </message>
        <message>
            <source>the input features %1 are computed from 2-D data (x1, x2), but the data has %2 feature</source>
            <comment>error in a network's architecture</comment>
            <translation>las características de entrada %1 se calculan a partir de datos 2D (x1, x2), pero los datos tienen %2 característica</translation>
        </message>
        <message>
            <source>the input features %1 are computed from 2-D data (x1, x2), but the data has %2 features</source>
            <comment>error in a network's architecture</comment>
            <translation>las características de entrada %1 se calculan a partir de datos 2D (x1, x2), pero los datos tienen %2 características</translation>
        </message>
        <message>
            <source>JSON nested deeper than %1 levels is not %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>un JSON anidado a más de %1 niveles no es %2</translation>
        </message>
        <message>
            <source>file is larger than the %1 MiB %2 may have</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>el archivo ocupa más de los %1 MiB que puede tener %2</translation>
        </message>
        <message>
            <source>not valid JSON (byte %1): %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>JSON no válido (byte %1): %2</translation>
        </message>
        <message>
            <source>not valid JSON: %1 (numbers must be finite)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>JSON no válido: %1 (los números deben ser finitos)</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>JSON no válido: %1</translation>
        </message>
        <message>
            <source>missing key (see docs/file-formats.md)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>falta la clave (consulta docs/file-formats.md)</translation>
        </message>
        <message>
            <source>missing key</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>falta la clave</translation>
        </message>
        <message>
            <source>expected an integer in %1..%2, found %3</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba un entero en %1..%2, hay %3</translation>
        </message>
        <message>
            <source>expected a seed in 0..18446744073709551615, found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una semilla en 0..18446744073709551615, hay %1</translation>
        </message>
        <message>
            <source>expected a finite number in [%1, %2], found %3</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba un número finito en [%1, %2], hay %3</translation>
        </message>
        <message>
            <source>expected a finite number, found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba un número finito, hay %1</translation>
        </message>
        <message>
            <source>expected a finite weight, found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba un peso finito, hay %1</translation>
        </message>
        <message>
            <source>expected %1 activation names (one per non-input layer), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 nombres de activación (uno por capa que no sea la de entrada), hay %2</translation>
        </message>
        <message>
            <source>expected %1 matrices, found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 matrices, hay %2</translation>
        </message>
        <message>
            <source>expected %1 rows (one per unit of the next layer), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 filas (una por unidad de la capa siguiente), hay %2</translation>
        </message>
        <message>
            <source>expected %1 numbers (bias first, then one per unit), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 números (primero el sesgo, luego uno por unidad), hay %2</translation>
        </message>
        <message>
            <source>expected %1 numbers (one per input feature), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 números (uno por característica de entrada), hay %2</translation>
        </message>
        <message>
            <source>expected 2..%1 layer sizes (input first), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban 2..%1 tamaños de capa (primero la entrada), hay %2</translation>
        </message>
        <message>
            <source>expected an output activation (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una activación de salida (%1), hay %2</translation>
        </message>
        <message>
            <source>expected a hidden activation (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una activación oculta (%1), hay %2</translation>
        </message>
        <message>
            <source>%1 features need as many input units, but layer_sizes[0] is %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 características necesitan otras tantas unidades de entrada, pero layer_sizes[0] es %2</translation>
        </message>
        <message>
            <source>%1 features need as many input units, but architecture.layer_sizes[0] is %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 características necesitan otras tantas unidades de entrada, pero architecture.layer_sizes[0] es %2</translation>
        </message>
        <message>
            <source>%1 features need as many input units, but the network has %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 características necesitan otras tantas unidades de entrada, pero la red tiene %2</translation>
        </message>
        <message>
            <source>expected "none", "standard" or "minmax", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba "none", "standard" o "minmax", hay %1</translation>
        </message>
        <message>
            <source>expected a non-zero scale</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una escala distinta de cero</translation>
        </message>
        <message>
            <source>expected %1 names (one per output unit), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 nombres (uno por unidad de salida), hay %2</translation>
        </message>
        <message>
            <source>version %1 is newer than this Backprop Studio understands (%2)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>la versión %1 es más nueva de lo que entiende este Backprop Studio (%2)</translation>
        </message>
        <message>
            <source>version %1 was written by a newer Backprop Studio; this one reads version %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>la versión %1 la escribió un Backprop Studio más nuevo; este lee la versión %2</translation>
        </message>
        <message>
            <source>expected %1 (the loss of the output activation), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba %1 (la pérdida de la activación de salida), hay %2</translation>
        </message>
        <message>
            <source>expected a feature (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una característica (%1), hay %2</translation>
        </message>
        <message>
            <source>expected the features in the order %1, each at most once; found %2 after %3</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban las características en el orden %1, cada una como mucho una vez; hay %2 después de %3</translation>
        </message>
        <message>
            <source>expected at least one feature name (%1)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba al menos un nombre de característica (%1)</translation>
        </message>
        <message>
            <source>expected an optimizer (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba un optimizador (%1), hay %2</translation>
        </message>
        <message>
            <source>expected an initialisation (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una inicialización (%1), hay %2</translation>
        </message>
        <message>
            <source>expected a generator (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba un generador (%1), hay %2</translation>
        </message>
        <message>
            <source>expected "classification" or "regression", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba "classification" o "regression", hay %1</translation>
        </message>
        <message>
            <source>expected "generator", "csv" or "idx", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba "generator", "csv" o "idx", hay %1</translation>
        </message>
        <message>
            <source>expected 1 to 1024 numbers</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban de 1 a 1024 números</translation>
        </message>
        <message>
            <source>expected %1 numbers, as in row 0</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 números, como en la fila 0</translation>
        </message>
        <message>
            <source>expected at least one point</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba al menos un punto</translation>
        </message>
        <message>
            <source>expected one row per point (%1)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una fila por punto (%1)</translation>
        </message>
        <message>
            <source>expected one label per point (%1)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una etiqueta por punto (%1)</translation>
        </message>
        <message>
            <source>expected one label per point</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una etiqueta por punto</translation>
        </message>
        <message>
            <source>expected %1 entries (as many as %2), found %3</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 entradas (tantas como %2), hay %3</translation>
        </message>
        <message>
            <source>validation and test fractions must leave examples for training (their sum must be below 1)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>las fracciones de validación y de prueba deben dejar ejemplos para el entrenamiento (su suma debe ser menor que 1)</translation>
        </message>
        <message>
            <source>expected a stop reason such as "max_iterations", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba un motivo de parada como "max_iterations", hay %1</translation>
        </message>
        <message>
            <source>expected "learning", "lambda" or "units", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba "learning", "lambda" o "units", hay %1</translation>
        </message>
        <message>
            <source>expected 1..1000 values, found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban 1..1000 valores, hay %1</translation>
        </message>
        <message>
            <source>point %1 appears twice</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>el punto %1 aparece dos veces</translation>
        </message>
        <message>
            <source>expected %1 numbers per point (the generator's features), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban %1 números por punto (las características del generador), hay %2</translation>
        </message>
        <message>
            <source>expected one row of %1 target(s) per point</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una fila de %1 objetivo(s) por punto</translation>
        </message>
        <message>
            <source>expected a class in 0..%1, found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba una clase en 0..%1, hay %2</translation>
        </message>
        <message>
            <source>unknown data source kind</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>tipo de origen de datos desconocido</translation>
        </message>
        <message>
            <source>cannot read the project file: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se puede leer el archivo de proyecto: %1</translation>
        </message>
        <message>
            <source>file is larger than the 1 GiB a project may have</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>el archivo ocupa más de 1 GiB, lo máximo para un proyecto</translation>
        </message>
        <message>
            <source>cannot open the project file: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se puede abrir el archivo de proyecto: %1</translation>
        </message>
        <message>
            <source>cannot read the whole project file</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se puede leer el archivo de proyecto entero</translation>
        </message>
        <message>
            <source>cannot read the model file: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se puede leer el archivo de modelo: %1</translation>
        </message>
        <message>
            <source>file is larger than the 512 MiB a model may have</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>el archivo ocupa más de 512 MiB, lo máximo para un modelo</translation>
        </message>
        <message>
            <source>cannot open the model file: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se puede abrir el archivo de modelo: %1</translation>
        </message>
        <message>
            <source>cannot read the whole model file</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se puede leer el archivo de modelo entero</translation>
        </message>
        <message>
            <source>cannot store text that is not valid UTF-8</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se puede guardar un texto que no es UTF-8 válido</translation>
        </message>
        <message>
            <source>expected finite numbers</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaban números finitos</translation>
        </message>
        <message>
            <source>cannot store a non-finite weight (NaN or infinity)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se puede guardar un peso no finito (NaN o infinito)</translation>
        </message>
        <message>
            <source>cannot store non-finite weights (NaN or infinity)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>no se pueden guardar pesos no finitos (NaN o infinito)</translation>
        </message>
        <message>
            <source>a timeline snapshot needs weights</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>una instantánea de la línea de tiempo necesita pesos</translation>
        </message>
        <message>
            <source>a curve needs one slot per planned value (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>una curva necesita un hueco por valor previsto (%1), hay %2</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>se esperaba %1, hay %2</translation>
        </message>
        <message>
            <source>step inspector</source>
            <comment>the source of an error</comment>
            <translation>inspector paso a paso</translation>
        </message>
        <message>
            <source>no data set</source>
            <comment>cannot train</comment>
            <translation>no hay datos</translation>
        </message>
        <message>
            <source>the training split has no examples</source>
            <comment>cannot train</comment>
            <translation>la partición de entrenamiento no tiene ejemplos</translation>
        </message>
        <message>
            <source>there are no training examples</source>
            <comment>cannot check the gradient</comment>
            <translation>no hay ejemplos de entrenamiento</translation>
        </message>
        <message>
            <source>the weights do not fit the network</source>
            <comment>cannot check the gradient</comment>
            <translation>los pesos no encajan con la red</translation>
        </message>
        <message>
            <source>no training examples or weights</source>
            <comment>the step inspector cannot start</comment>
            <translation>no hay ejemplos de entrenamiento ni pesos</translation>
        </message>
        <message>
            <source>the batch does not fit the network</source>
            <comment>the step inspector cannot start</comment>
            <translation>el lote no encaja con la red</translation>
        </message>
        <message>
            <source>each layer needs one activation</source>
            <comment>an architecture edit</comment>
            <translation>cada capa necesita una activación</translation>
        </message>
        <message>
            <source>each hidden layer needs one activation</source>
            <comment>an architecture edit</comment>
            <translation>cada capa oculta necesita una activación</translation>
        </message>
        <message>
            <source>the data changed since this edit</source>
            <comment>undoing a painted point</comment>
            <translation>los datos han cambiado desde esta edición</translation>
        </message>
        <message>
            <source>input features need data with exactly two features (x₁, x₂)</source>
            <comment>choosing input features</comment>
            <translation>las características de entrada necesitan datos con exactamente dos características (x₁, x₂)</translation>
        </message>
        <message>
            <source>training is running: stop it before importing a model</source>
            <comment>importing a model</comment>
            <translation>el entrenamiento está en marcha: detenlo antes de importar un modelo</translation>
        </message>
        <message>
            <source>ONNX export</source>
            <comment>the source of an error</comment>
            <translation>exportación ONNX</translation>
        </message>
        <message>
            <source>PyTorch export</source>
            <comment>the source of an error</comment>
            <translation>exportación PyTorch</translation>
        </message>
        <message>
            <source>cannot export non-finite weights</source>
            <comment>exporting a model</comment>
            <translation>no se pueden exportar pesos no finitos</translation>
        </message>
        <message>
            <source>expected %1 finite offsets and scales</source>
            <comment>exporting a model; %1 is the number of inputs</comment>
            <translation>se esperaban %1 desplazamientos y escalas finitos</translation>
        </message>
        <message>
            <source>%1 features need as many input units, but the network has %2</source>
            <comment>exporting a model</comment>
            <translation>%1 características necesitan otras tantas unidades de entrada, pero la red tiene %2</translation>
        </message>
    </context>
    <context>
        <name>bpui::ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>&amp;Plot</source>
            <translation>&amp;Gráfico</translation>
        </message>
        <message>
            <source>PNG &amp;width</source>
            <translation>&amp;Ancho del PNG</translation>
        </message>
        <message>
            <source>%1 px</source>
            <translation>%1 px</translation>
        </message>
        <message>
            <source>As on screen</source>
            <translation>Como en pantalla</translation>
        </message>
        <message>
            <source>Cost &amp;history (CSV)…</source>
            <translation>&amp;Historial del coste (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Gradient-check table (CSV)…</source>
            <translation>Tabla de la &amp;comprobación del gradiente (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Model (JSON)…</source>
            <translation>&amp;Modelo (JSON)…</translation>
        </message>
        <message>
            <source>&amp;ONNX…</source>
            <translation>&amp;ONNX…</translation>
        </message>
        <message>
            <source>ONNX in &amp;float64 (double precision)</source>
            <translation>ONNX en &amp;float64 (doble precisión)</translation>
        </message>
        <message>
            <source>Write the ONNX file's weights as float64, bit for bit. Most runtimes expect float32 (OpenCV's DNN module reads only float32).</source>
            <translation>Escribir los pesos del archivo ONNX como float64, bit a bit. La mayoría de los entornos de ejecución esperan float32 (el módulo DNN de OpenCV solo lee float32).</translation>
        </message>
        <message>
            <source>&amp;PyTorch script…</source>
            <translation>Script de &amp;PyTorch…</translation>
        </message>
        <message>
            <source>No plot is shown</source>
            <translation>No se muestra ningún gráfico</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Exported %1.</source>
            <translation>Exportado %1.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Export plot</source>
            <translation>Exportar gráfico</translation>
        </message>
        <message>
            <source>Export cost history</source>
            <translation>Exportar historial del coste</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Tabla CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting the cost history…</source>
            <translation>Exportando el historial del coste…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Exportación cancelada; no se escribió nada.</translation>
        </message>
        <message>
            <source>Export gradient-check table</source>
            <translation>Exportar tabla de la comprobación del gradiente</translation>
        </message>
        <message>
            <source>Export model</source>
            <translation>Exportar modelo</translation>
        </message>
        <message>
            <source>Model file (*.json)</source>
            <translation>Archivo de modelo (*.json)</translation>
        </message>
        <message>
            <source>Export ONNX (float64)</source>
            <translation>Exportar ONNX (float64)</translation>
        </message>
        <message>
            <source>Export ONNX (float32)</source>
            <translation>Exportar ONNX (float32)</translation>
        </message>
        <message>
            <source>ONNX model (*.onnx)</source>
            <translation>Modelo ONNX (*.onnx)</translation>
        </message>
        <message>
            <source>Export PyTorch script</source>
            <translation>Exportar script de PyTorch</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Script de Python (*.py)</translation>
        </message>
    </context>
    <context>
        <name>bpui::FeatureSelector</name>
        <message>
            <source>Input features</source>
            <translation>Características de entrada</translation>
        </message>
        <message>
            <source>The network reads the ticked features, computed from (x₁, x₂) before the normalisation; the input layer has one unit per feature.</source>
            <translation>La red lee las características marcadas, calculadas a partir de (x₁, x₂) antes de la normalización; la capa de entrada tiene una unidad por característica.</translation>
        </message>
        <message>
            <source>Keep at least one input feature ticked: the network needs an input.</source>
            <translation>Deja marcada al menos una característica de entrada: la red necesita una entrada.</translation>
        </message>
        <message numerus="yes">
            <source>Input features %1: the input layer has %n unit(s) now and the weights were reset.</source>
            <translation>
                <numerusform>Características de entrada %1: la capa de entrada tiene ahora %n unidad y los pesos se han reiniciado.</numerusform>
                <numerusform>Características de entrada %1: la capa de entrada tiene ahora %n unidades y los pesos se han reiniciado.</numerusform>
            </translation>
        </message>
        <message>
            <source>Computed from the raw (x₁, x₂) before the normalisation; the input layer has one unit per ticked feature (the weights are reset).</source>
            <translation>Calculadas a partir de (x₁, x₂) sin procesar, antes de la normalización; la capa de entrada tiene una unidad por característica marcada (los pesos se reinician).</translation>
        </message>
        <message numerus="yes">
            <source>Input features are computed from two raw features (x₁, x₂); this data set has %n feature(s), so the network reads them as they are.</source>
            <translation>
                <numerusform>Las características de entrada se calculan a partir de dos características sin procesar (x₁, x₂); este conjunto de datos tiene %n característica, así que la red la lee tal cual.</numerusform>
                <numerusform>Las características de entrada se calculan a partir de dos características sin procesar (x₁, x₂); este conjunto de datos tiene %n características, así que la red las lee tal cual.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientCheckJob</name>
        <message>
            <source>%1 of %2 parameters (seeded sample)</source>
            <translation>%1 de %2 parámetros (muestra con semilla)</translation>
        </message>
        <message>
            <source>all %1 parameters</source>
            <translation>los %1 parámetros</translation>
        </message>
        <message>
            <source>%1 of %2 training examples (seeded sample)</source>
            <translation>%1 de %2 ejemplos de entrenamiento (muestra con semilla)</translation>
        </message>
        <message>
            <source>all %1 training examples</source>
            <translation>los %1 ejemplos de entrenamiento</translation>
        </message>
        <message>
            <source>Checked %1 on %2, ε = %3, λ = %4.</source>
            <translation>Se comprobaron %1 en %2, ε = %3, λ = %4.</translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientCheckPlot</name>
        <message>
            <source>Run gradient check</source>
            <translation>Ejecutar comprobación del gradiente</translation>
        </message>
        <message>
            <source>Compare backprop's gradient with central differences (J(θ + ε) − J(θ − ε)) / 2ε at the current weights</source>
            <translation>Comparar el gradiente de backprop con diferencias centrales (J(θ + ε) − J(θ − ε)) / 2ε con los pesos actuales</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Pass when ‖num − ana‖ / ‖num + ana‖ is below this (arrows step by a factor of ten)</source>
            <translation>Se supera cuando ‖num − ana‖ / ‖num + ana‖ está por debajo de este valor (las flechas cambian por factores de diez)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation> iteraciones</translation>
        </message>
        <message>
            <source>Repeat the check every N iterations during training (0 = off: the check is expensive)</source>
            <translation>Repetir la comprobación cada N iteraciones durante el entrenamiento (0 = desactivado: la comprobación es costosa)</translation>
        </message>
        <message>
            <source>idle</source>
            <translation>inactivo</translation>
        </message>
        <message>
            <source>No gradient check yet</source>
            <translation>Aún no hay comprobación del gradiente</translation>
        </message>
        <message>
            <source>Overall relative difference ‖num − ana‖ / ‖num + ana‖ over every checked parameter, against the threshold</source>
            <translation>Diferencia relativa global ‖num − ana‖ / ‖num + ana‖ sobre todos los parámetros comprobados, frente al umbral</translation>
        </message>
        <message>
            <source>Each dot is one checked parameter: analytic (backprop) gradient across, numeric (central difference) up. Correct backprop puts every dot on the y = x line.</source>
            <translation>Cada punto es un parámetro comprobado: gradiente analítico (backprop) en horizontal, numérico (diferencia central) en vertical. Con un backprop correcto, todos los puntos quedan sobre la recta y = x.</translation>
        </message>
        <message>
            <source>Gradient check, numeric vs analytic</source>
            <translation>Comprobación del gradiente, numérico frente a analítico</translation>
        </message>
        <message>
            <source>analytic ∂J/∂θ</source>
            <translation>∂J/∂θ analítico</translation>
        </message>
        <message>
            <source>numeric ∂J/∂θ</source>
            <translation>∂J/∂θ numérico</translation>
        </message>
        <message>
            <source>Dots: the relative difference |num − ana| / (|num| + |ana|) of each parameter, by position in the unrolled vector. Solid line: the overall ratio ‖num − ana‖ / ‖num + ana‖, which the verdict compares with the threshold (dashed). Single dots above the threshold are expected where a gradient is near 0: there round-off dominates the per-parameter ratio but hardly moves the overall one.</source>
            <translation>Puntos: la diferencia relativa |num − ana| / (|num| + |ana|) de cada parámetro, según su posición en el vector desenrollado. Línea continua: la razón global ‖num − ana‖ / ‖num + ana‖, que el veredicto compara con el umbral (discontinuo). Es normal que haya puntos sueltos por encima del umbral donde un gradiente está cerca de 0: ahí el redondeo domina la razón de cada parámetro, pero apenas mueve la global.</translation>
        </message>
        <message>
            <source>Gradient check, relative difference</source>
            <translation>Comprobación del gradiente, diferencia relativa</translation>
        </message>
        <message>
            <source>parameter index (unrolled)</source>
            <translation>índice del parámetro (desenrollado)</translation>
        </message>
        <message>
            <source>relative difference</source>
            <translation>diferencia relativa</translation>
        </message>
        <message>
            <source>verdict: overall ratio (solid) vs threshold (dashed); dots: each parameter</source>
            <translation>veredicto: razón global (continua) frente al umbral (discontinuo); puntos: cada parámetro</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Comprobados</translation>
        </message>
        <message>
            <source>Max |diff|</source>
            <translation>Máx. |dif.|</translation>
        </message>
        <message>
            <source>Rel. diff</source>
            <translation>Dif. rel.</translation>
        </message>
        <message>
            <source>Bias rel.</source>
            <translation>Rel. sesgo</translation>
        </message>
        <message>
            <source>Weights rel.</source>
            <translation>Rel. pesos</translation>
        </message>
        <message>
            <source>Per Θ(l): relative differences over all its checked entries, its bias column and its other weights</source>
            <translation>Por cada Θ(l): diferencias relativas sobre todas sus entradas comprobadas, su columna de sesgo y sus demás pesos</translation>
        </message>
        <message>
            <source>Threshold:</source>
            <translation>Umbral:</translation>
        </message>
        <message>
            <source>Repeat during training every:</source>
            <translation>Repetir durante el entrenamiento cada:</translation>
        </message>
        <message>
            <source>starting…</source>
            <translation>iniciando…</translation>
        </message>
        <message>
            <source>%1 / %2 parameters</source>
            <translation>%1 / %2 parámetros</translation>
        </message>
        <message>
            <source>ε = %1</source>
            <translation>ε = %1</translation>
        </message>
        <message>
            <source>%1 parameters in the network</source>
            <translation>%1 parámetros en la red</translation>
        </message>
        <message>
            <source>No gradient check yet: press Run to compare backprop with numerical differentiation</source>
            <translation>Aún no hay comprobación del gradiente: pulsa Ejecutar comprobación del gradiente para comparar backprop con la diferenciación numérica</translation>
        </message>
        <message>
            <source>Computed for a different network — run again (%1; that check covered %2 parameters)</source>
            <translation>Calculado para otra red: vuelve a ejecutarla (%1; esa comprobación abarcó %2 parámetros)</translation>
        </message>
        <message>
            <source>PASS — overall relative difference ‖num − ana‖ / ‖num + ana‖ = %1 &lt; threshold %2: backprop agrees with numerical differentiation</source>
            <translation>CORRECTO — diferencia relativa global ‖num − ana‖ / ‖num + ana‖ = %1 &lt; umbral %2: backprop coincide con la diferenciación numérica</translation>
        </message>
        <message>
            <source>FAIL — overall relative difference ‖num − ana‖ / ‖num + ana‖ = %1 ≥ threshold %2: the gradients disagree</source>
            <translation>FALLO — diferencia relativa global ‖num − ana‖ / ‖num + ana‖ = %1 ≥ umbral %2: los gradientes no coinciden</translation>
        </message>
        <message>
            <source> (%1 of %2 single parameters lie above the threshold: near-zero gradients, where round-off dominates; the verdict compares the overall ratio)</source>
            <translation> (%1 de %2 parámetros individuales quedan por encima del umbral: gradientes casi nulos, donde domina el redondeo; el veredicto compara la razón global)</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>umbral %1</translation>
        </message>
        <message>
            <source>overall ratio %1</source>
            <translation>razón global %1</translation>
        </message>
        <message>
            <source>Θ(%1)</source>
            <translation>Θ(%1)</translation>
        </message>
        <message>
            <source>Pass threshold</source>
            <translation>Umbral para superar</translation>
        </message>
        <message>
            <source>Repeat the check every N iterations</source>
            <translation>Repetir la comprobación cada N iteraciones</translation>
        </message>
        <message>
            <source>Gradient check per layer</source>
            <translation>Comprobación del gradiente por capa</translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientCheckRunner</name>
        <message>
            <source>The gradient check failed with an unknown error.</source>
            <translation>La comprobación del gradiente falló con un error desconocido.</translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientTools</name>
        <message>
            <source>Gradients</source>
            <translation>Gradientes</translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientsDock</name>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>‖D(l)‖: size of each layer's gradient</source>
            <translation>‖D(l)‖: tamaño del gradiente de cada capa</translation>
        </message>
        <message>
            <source>‖D(l)‖ / ‖Θ(l)‖: gradient relative to the weights</source>
            <translation>‖D(l)‖ / ‖Θ(l)‖: gradiente relativo a los pesos</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>iteración</translation>
        </message>
        <message>
            <source>One line per weight matrix Θ(l), measured on a fixed sample of training examples. Lines far apart: the early layers learn orders of magnitude more slowly.</source>
            <translation>Una línea por matriz de pesos Θ(l), medida sobre una muestra fija de ejemplos de entrenamiento. Líneas muy separadas: las primeras capas aprenden órdenes de magnitud más despacio.</translation>
        </message>
        <message>
            <source>hidden layer</source>
            <translation>capa oculta</translation>
        </message>
        <message>
            <source>saturated %</source>
            <translation>% saturadas</translation>
        </message>
        <message>
            <source>Newest sample. Sigmoid: a &lt; 0.02 or a &gt; 0.98; tanh: |a| &gt; 0.98 (share of unit-example pairs). ReLU: units that are 0 on every sampled example (dead); leaky ReLU: units negative on every example. Linear units never saturate.</source>
            <translation>Muestra más reciente. Sigmoide: a &lt; 0.02 o a &gt; 0.98; tanh: |a| &gt; 0.98 (proporción de pares unidad-ejemplo). ReLU: unidades que valen 0 en todos los ejemplos de la muestra (muertas); leaky ReLU: unidades negativas en todos los ejemplos. Las unidades lineales nunca se saturan.</translation>
        </message>
        <message>
            <source>The network or its weights changed: the figures start again with the next training.</source>
            <translation>La red o sus pesos cambiaron: las cifras empiezan de nuevo con el próximo entrenamiento.</translation>
        </message>
        <message>
            <source>No figures yet: train (or Step) to see them.</source>
            <translation>Aún no hay cifras: entrena (o usa Paso) para verlas.</translation>
        </message>
        <message>
            <source>‖D(l)‖</source>
            <translation>‖D(l)‖</translation>
        </message>
        <message>
            <source>‖D(l)‖ / ‖Θ(l)‖</source>
            <translation>‖D(l)‖ / ‖Θ(l)‖</translation>
        </message>
        <message>
            <source>D(%1)</source>
            <translation>D(%1)</translation>
        </message>
        <message>
            <source>D(%1)/Θ(%1)</source>
            <translation>D(%1)/Θ(%1)</translation>
        </message>
        <message>
            <source>Iteration %1, measured on %2 training examples.</source>
            <translation>Iteración %1, medida sobre %2 ejemplos de entrenamiento.</translation>
        </message>
        <message>
            <source>‖D(1)‖ / ‖D(%1)‖ = %2.</source>
            <translation>‖D(1)‖ / ‖D(%1)‖ = %2.</translation>
        </message>
        <message>
            <source>Gradient size per layer</source>
            <translation>Tamaño del gradiente por capa</translation>
        </message>
        <message>
            <source>The chosen gradient quantity of each layer over the iterations, on a logarithmic scale: a layer far below the others learns slowly (vanishing gradients).</source>
            <translation>La magnitud del gradiente elegida para cada capa a lo largo de las iteraciones, en escala logarítmica: una capa muy por debajo de las demás aprende despacio (gradientes que se desvanecen).</translation>
        </message>
        <message>
            <source>Saturated units per hidden layer</source>
            <translation>Unidades saturadas por capa oculta</translation>
        </message>
    </context>
    <context>
        <name>bpui::HiddenUnitGallery</name>
        <message>
            <source>Each tile is one first-hidden-layer unit j: its incoming weights Θ(1)ⱼ,₁…ₙ (bias left out) laid out as the input image. Blue pixels push a(2)ⱼ up, orange-red ones push it down; each tile is scaled to its own ±max |w|. Click a tile to see the images that excite it.</source>
            <translation>Cada recuadro es una unidad j de la primera capa oculta: sus pesos de entrada Θ(1)ⱼ,₁…ₙ (sin el sesgo) dispuestos como la imagen de entrada. Los píxeles azules empujan a(2)ⱼ hacia arriba, los rojo anaranjado hacia abajo; cada recuadro tiene su propia escala ±max |w|. Haz clic en un recuadro para ver las imágenes que excitan la unidad.</translation>
        </message>
        <message>
            <source>Click a unit to list the training images that excite it most.</source>
            <translation>Haz clic en una unidad para listar las imágenes de entrenamiento que más la excitan.</translation>
        </message>
        <message>
            <source>Training images with the highest activation a(2)ⱼ of the chosen unit, highest first, with their label and activation</source>
            <translation>Imágenes de entrenamiento con la mayor activación a(2)ⱼ de la unidad elegida, de mayor a menor, con su etiqueta y su activación</translation>
        </message>
        <message>
            <source>The hidden-unit gallery needs image data (for example MNIST or Fashion-MNIST loaded from IDX files).</source>
            <translation>La galería de unidades ocultas necesita datos de imagen (por ejemplo, MNIST o Fashion-MNIST cargados desde archivos IDX).</translation>
        </message>
        <message>
            <source>The hidden-unit gallery needs a hidden layer.</source>
            <translation>La galería de unidades ocultas necesita una capa oculta.</translation>
        </message>
        <message>
            <source>%1 first-hidden-layer units, each drawn as its %2 × %3 incoming weights (blue +, orange-red −, each tile on its own scale).</source>
            <translation>%1 unidades de la primera capa oculta, cada una dibujada como sus %2 × %3 pesos de entrada (azul +, rojo anaranjado −, cada recuadro en su propia escala).</translation>
        </message>
        <message>
            <source>Hidden unit %1 (row %1 of Θ(1))</source>
            <translation>Unidad oculta %1 (fila %1 de Θ(1))</translation>
        </message>
        <message>
            <source>Training example %1, label %2, a(2)_%3 = %4</source>
            <translation>Ejemplo de entrenamiento %1, etiqueta %2, a(2)_%3 = %4</translation>
        </message>
        <message>
            <source>Unit %1: the %2 training images with the highest activation a(2)_%1</source>
            <translation>Unidad %1: las %2 imágenes de entrenamiento con mayor activación a(2)_%1</translation>
        </message>
        <message>
            <source> (among the first %1 of %2 training examples, for speed)</source>
            <translation> (entre los primeros %1 de %2 ejemplos de entrenamiento, por velocidad)</translation>
        </message>
        <message>
            <source>Hidden units</source>
            <translation>Unidades ocultas</translation>
        </message>
        <message>
            <source>Images that activate the unit most</source>
            <translation>Imágenes que más activan la unidad</translation>
        </message>
    </context>
    <context>
        <name>bpui::LandscapeDock</name>
        <message>
            <source>Press Compute to map J around the current weights.</source>
            <translation>Pulsa Calcular para trazar el mapa de J alrededor de los pesos actuales.</translation>
        </message>
        <message>
            <source>Another network or data set: press Compute to map J around its weights.</source>
            <translation>Otra red u otro conjunto de datos: pulsa Calcular para trazar el mapa de J alrededor de sus pesos.</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Calcular</translation>
        </message>
        <message>
            <source>Evaluate J along the slices and on the grid (on two threads).</source>
            <translation>Evaluar J a lo largo de los cortes y en la cuadrícula (en dos hilos).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Grid:</source>
            <translation>Cuadrícula:</translation>
        </message>
        <message>
            <source>Points per side of the contour (odd, so θ is the centre).</source>
            <translation>Puntos por lado de las curvas de nivel (impar, para que θ quede en el centro).</translation>
        </message>
        <message>
            <source>Principal directions of the trajectory</source>
            <translation>Direcciones principales de la trayectoria</translation>
        </message>
        <message>
            <source>Two random filter-normalised directions</source>
            <translation>Dos direcciones aleatorias normalizadas por filtro</translation>
        </message>
        <message>
            <source>Log colour scale</source>
            <translation>Escala de color logarítmica</translation>
        </message>
        <message>
            <source>Refresh every</source>
            <translation>Actualizar cada</translation>
        </message>
        <message>
            <source>Recompute while training runs, at most once every N iterations (a refresh never waits in line behind a running one).</source>
            <translation>Recalcular mientras avanza el entrenamiento, como mucho una vez cada N iteraciones (una actualización nunca espera en cola detrás de otra en curso).</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation> iteraciones</translation>
        </message>
        <message>
            <source>during training</source>
            <translation>durante el entrenamiento</translation>
        </message>
        <message>
            <source>t (0: θ₀, 1: θ)</source>
            <translation>t (0: θ₀, 1: θ)</translation>
        </message>
        <message>
            <source>J</source>
            <translation>J</translation>
        </message>
        <message>
            <source>J along the path θ₀→θ</source>
            <translation>J a lo largo del camino θ₀→θ</translation>
        </message>
        <message>
            <source>J(θ₀ + t·(θ − θ₀)): from the run's starting weights (t = 0) straight to the current ones (t = 1), and a little beyond.</source>
            <translation>J(θ₀ + t·(θ − θ₀)): desde los pesos iniciales de la ejecución (t = 0) en línea recta hasta los actuales (t = 1), y un poco más allá.</translation>
        </message>
        <message>
            <source>s (step along −∇J)</source>
            <translation>s (paso a lo largo de −∇J)</translation>
        </message>
        <message>
            <source>J along −∇J</source>
            <translation>J a lo largo de −∇J</translation>
        </message>
        <message>
            <source>J(θ − s·∇J(θ)): what one gradient-descent step of size s would give. The dashed line is the tangent J − s‖∇J‖²; the vertical line is the learning rate α.</source>
            <translation>J(θ − s·∇J(θ)): lo que daría un paso de descenso del gradiente de tamaño s. La línea discontinua es la tangente J − s‖∇J‖²; la línea vertical es la tasa de aprendizaje α.</translation>
        </message>
        <message>
            <source>1-D slices</source>
            <translation>Cortes 1D</translation>
        </message>
        <message>
            <source>a (along d₁)</source>
            <translation>a (a lo largo de d₁)</translation>
        </message>
        <message>
            <source>b (along d₂)</source>
            <translation>b (a lo largo de d₂)</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>Paisaje de la pérdida</translation>
        </message>
        <message>
            <source>J(θ + a·d₁ + b·d₂); θ is the origin (the cross), the line is the optimiser's path projected on the plane, from its start (the square).</source>
            <translation>J(θ + a·d₁ + b·d₂); θ es el origen (la cruz) y la línea es el camino del optimizador proyectado sobre el plano, desde su inicio (el cuadrado).</translation>
        </message>
        <message>
            <source>2-D contour</source>
            <translation>Curvas de nivel 2D</translation>
        </message>
        <message>
            <source>Cancelled: the plots still show the previous computation.</source>
            <translation>Cancelado: los gráficos siguen mostrando el cálculo anterior.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>d₁ explains %1 of the paths' spread, d₂ %2 (principal directions of %3 snapshots).</source>
            <translation>d₁ explica %1 de la dispersión de los caminos, d₂ %2 (direcciones principales de %3 instantáneas).</translation>
        </message>
        <message>
            <source>Random directions: d₁ explains %1 of the paths' spread, d₂ %2 — random directions are nearly orthogonal to the path.</source>
            <translation>Direcciones aleatorias: d₁ explica %1 de la dispersión de los caminos, d₂ %2; las direcciones aleatorias son casi ortogonales al camino.</translation>
        </message>
        <message>
            <source>Ticked runs: %1; white: the live run.</source>
            <translation>Ejecuciones marcadas: %1; en blanco: la ejecución en curso.</translation>
        </message>
        <message>
            <source>Ticked runs: %1.</source>
            <translation>Ejecuciones marcadas: %1.</translation>
        </message>
        <message>
            <source>J on %1 of %2 training examples · grid %3 × %3 · %4 trajectory snapshots · at iteration %5</source>
            <translation>J sobre %1 de %2 ejemplos de entrenamiento · cuadrícula %3 × %3 · %4 instantáneas de la trayectoria · en la iteración %5</translation>
        </message>
        <message>
            <source>Train for a few iterations first: the path θ₀→θ is a single point.</source>
            <translation>Entrena primero unas cuantas iteraciones: el camino θ₀→θ es un solo punto.</translation>
        </message>
        <message>
            <source>Grid points per side</source>
            <translation>Puntos de la cuadrícula por lado</translation>
        </message>
        <message>
            <source>Refresh during training every</source>
            <translation>Actualizar durante el entrenamiento cada</translation>
        </message>
    </context>
    <context>
        <name>bpui::LandscapeRunner</name>
        <message>
            <source>There are no training examples to measure J on.</source>
            <translation>No hay ejemplos de entrenamiento sobre los que medir J.</translation>
        </message>
        <message>
            <source>The network has no weights yet.</source>
            <translation>La red aún no tiene pesos.</translation>
        </message>
        <message>
            <source>The grid size must be odd, from %1 to %2.</source>
            <translation>El tamaño de la cuadrícula debe ser impar, de %1 a %2.</translation>
        </message>
        <message>
            <source>Train for a few iterations first: the principal directions need at least %1 weight snapshots (there are %2).</source>
            <translation>Entrena primero unas cuantas iteraciones: las direcciones principales necesitan al menos %1 instantáneas de pesos (hay %2).</translation>
        </message>
    </context>
    <context>
        <name>bpui::LandscapeTools</name>
        <message>
            <source>Landscape</source>
            <translation>Paisaje</translation>
        </message>
    </context>
    <context>
        <name>bpui::LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;System language (%1)</source>
            <translation>Idioma del &amp;sistema (%1)</translation>
        </message>
        <message>
            <source>Backprop Studio stays in %1.</source>
            <translation>Backprop Studio sigue en %1.</translation>
        </message>
        <message>
            <source>Backprop Studio will be in %1 from its next start.</source>
            <translation>Backprop Studio estará en %1 a partir del próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>bpui::LessonGallery</name>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>&amp;Open lesson</source>
            <translation>&amp;Abrir lección</translation>
        </message>
        <message>
            <source>Opens the lesson's project as Untitled (the bundled file is never overwritten) and shows its text in the Lesson dock</source>
            <translation>Abre el proyecto de la lección como Sin título (el archivo incluido nunca se sobrescribe) y muestra su texto en el panel Lección</translation>
        </message>
        <message>
            <source>Each lesson opens a prepared network and data set and shows what to look at, what to try and what it shows.</source>
            <translation>Cada lección abre una red y un conjunto de datos preparados e indica qué observar, qué probar y qué muestra.</translation>
        </message>
        <message>
            <source>No lessons were found. The studio looked in:
%1</source>
            <translation>No se encontró ninguna lección. El estudio buscó en:
%1</translation>
        </message>
    </context>
    <context>
        <name>bpui::LessonPanel</name>
        <message>
            <source>Start &amp;over</source>
            <translation>&amp;Empezar de nuevo</translation>
        </message>
        <message>
            <source>Open the lesson's project again, as it was prepared</source>
            <translation>Volver a abrir el proyecto de la lección tal como se preparó</translation>
        </message>
        <message>
            <source>All &amp;lessons…</source>
            <translation>Todas las &amp;lecciones…</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>No lesson is open.

Choose one under **Help → Lessons…**: each opens a prepared network and data set with what to look at, what to try and what it shows.</source>
            <translation>No hay ninguna lección abierta.

Elige una en **Ayuda → Lecciones…**: cada una abre una red y un conjunto de datos preparados con qué observar, qué probar y qué muestra.</translation>
        </message>
    </context>
    <context>
        <name>bpui::LessonTools</name>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>&amp;Lessons…</source>
            <translation>&amp;Lecciones…</translation>
        </message>
        <message>
            <source>Prepared networks and data with a short text each (Ctrl+L)</source>
            <translation>Redes y datos preparados, cada uno con un texto breve (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Welcome screen</source>
            <translation>Pantalla de &amp;bienvenida</translation>
        </message>
        <message>
            <source>Lesson "%1" opened: its text is in the Lesson dock.</source>
            <translation>Lección «%1» abierta: su texto está en el panel Lección.</translation>
        </message>
        <message>
            <source>This lesson refers to "%1", which this version of the studio does not have.</source>
            <translation>Esta lección hace referencia a «%1», que esta versión del estudio no tiene.</translation>
        </message>
    </context>
    <context>
        <name>bpui::MainWindow</name>
        <message>
            <source>Backprop Studio</source>
            <translation>Backprop Studio</translation>
        </message>
        <message>
            <source>Spiral example loaded: press Space to train.</source>
            <translation>Ejemplo de la espiral cargado: pulsa Espacio para entrenar.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Predicción</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Pesos</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>Gradient check</source>
            <translation>Comprobación del gradiente</translation>
        </message>
        <message>
            <source>&amp;Train</source>
            <translation>&amp;Entrenar</translation>
        </message>
        <message>
            <source>&amp;Step</source>
            <translation>Pa&amp;so</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>&amp;Reset weights</source>
            <translation>&amp;Reiniciar pesos</translation>
        </message>
        <message>
            <source>&amp;Gradient check</source>
            <translation>Comprobación del &amp;gradiente</translation>
        </message>
        <message>
            <source>Open &amp;CSV…</source>
            <translation>Abrir &amp;CSV…</translation>
        </message>
        <message>
            <source>Open &amp;IDX…</source>
            <translation>Abrir &amp;IDX…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Load the &amp;example</source>
            <translation>Cargar el &amp;ejemplo</translation>
        </message>
        <message>
            <source>Re&amp;generate data</source>
            <translation>Re&amp;generar datos</translation>
        </message>
        <message>
            <source>&amp;About Backprop Studio</source>
            <translation>Acerca &amp;de Backprop Studio</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>Train / pause (Space)</source>
            <translation>Entrenar / pausa (Espacio)</translation>
        </message>
        <message>
            <source>Run exactly one iteration, then pause (F10)</source>
            <translation>Ejecutar exactamente una iteración y pausar (F10)</translation>
        </message>
        <message>
            <source>Weights reset.</source>
            <translation>Pesos reiniciados.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>T&amp;rain</source>
            <translation>E&amp;ntrenar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Training tool bar</source>
            <translation>Barra de herramientas de entrenamiento</translation>
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation>El entrenamiento falló: %1</translation>
        </message>
        <message>
            <source>Training failed</source>
            <translation>El entrenamiento falló</translation>
        </message>
        <message>
            <source>Architecture is now %1: weights reset.</source>
            <translation>La arquitectura es ahora %1: pesos reiniciados.</translation>
        </message>
        <message>
            <source>the architecture changed</source>
            <translation>la arquitectura cambió</translation>
        </message>
        <message>
            <source>the data changed</source>
            <translation>los datos cambiaron</translation>
        </message>
        <message>
            <source>another project or settings</source>
            <translation>otro proyecto u otros ajustes</translation>
        </message>
        <message>
            <source>Gradient check: relative difference %1 (%2).</source>
            <translation>Comprobación del gradiente: diferencia relativa %1 (%2).</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>superada</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>fallida</translation>
        </message>
        <message>
            <source>Gradient check cancelled.</source>
            <translation>Comprobación del gradiente cancelada.</translation>
        </message>
        <message>
            <source>Gradient check failed: %1</source>
            <translation>La comprobación del gradiente falló: %1</translation>
        </message>
        <message>
            <source>Iteration %1: %2</source>
            <translation>Iteración %1: %2</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausa</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>About Backprop Studio</source>
            <translation>Acerca de Backprop Studio</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Backprop Studio %1&lt;/h3&gt;&lt;p&gt;A desktop lab for feed-forward neural networks: draw a network, load data, press Train and watch backpropagation learn, with live cost, gradient check and weight views.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Backprop Studio %1&lt;/h3&gt;&lt;p&gt;Un laboratorio de escritorio para redes neuronales prealimentadas: dibuja una red, carga datos, pulsa Entrenar y observa cómo aprende la retropropagación, con el coste en directo, la comprobación del gradiente y vistas de los pesos.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Colour-blind-safe class colours</source>
            <translation>Colores de clase aptos para &amp;daltónicos</translation>
        </message>
        <message>
            <source>Draw classes in the Okabe–Ito colours, which stay apart for protanopia, deuteranopia and tritanopia</source>
            <translation>Dibujar las clases con los colores de Okabe–Ito, que siguen distinguiéndose con protanopía, deuteranopía y tritanopía</translation>
        </message>
    </context>
    <context>
        <name>bpui::MisclassifiedBrowser</name>
        <message>
            <source>Confusion matrix: row = actual class, column = predicted class (argmax of h). Green diagonal = correct, orange-red = mistakes, shaded by the share of the row. Click a cell to list its examples.</source>
            <translation>Matriz de confusión: fila = clase real, columna = clase predicha (argmax de h). Diagonal verde = aciertos, rojo anaranjado = errores, sombreados según la proporción de la fila. Haz clic en una celda para listar sus ejemplos.</translation>
        </message>
        <message>
            <source>Click a cell of the matrix to list its examples.</source>
            <translation>Haz clic en una celda de la matriz para listar sus ejemplos.</translation>
        </message>
        <message>
            <source>The examples of the chosen cell (index in the evaluated split). Pick one to see the network's output for it.</source>
            <translation>Los ejemplos de la celda elegida (índice en la partición evaluada). Elige uno para ver la salida de la red para ese ejemplo.</translation>
        </message>
        <message>
            <source>The network's output h_k = a(L)_k for the chosen example, one bar per class; the prediction is the largest.</source>
            <translation>La salida de la red h_k = a(L)_k para el ejemplo elegido, una barra por clase; la predicción es la mayor.</translation>
        </message>
        <message>
            <source>output h_k</source>
            <translation>salida h_k</translation>
        </message>
        <message>
            <source>The chosen example as loaded (before normalisation)</source>
            <translation>El ejemplo elegido tal como se cargó (antes de la normalización)</translation>
        </message>
        <message>
            <source>The misclassified browser needs classification data.</source>
            <translation>El explorador de ejemplos mal clasificados necesita datos de clasificación.</translation>
        </message>
        <message>
            <source> (The first %1 of %2 examples, for speed.)</source>
            <translation> (Los primeros %1 de %2 ejemplos, por velocidad.)</translation>
        </message>
        <message>
            <source>actual %1, predicted %2: %3 examples (%4 % of actual %1)</source>
            <translation>real %1, predicha %2: %3 ejemplos (%4 % de la clase real %1)</translation>
        </message>
        <message>
            <source>No mistakes to show. Click a cell to list its examples.</source>
            <translation>No hay errores que mostrar. Haz clic en una celda para listar sus ejemplos.</translation>
        </message>
        <message>
            <source>#%1   h = %2</source>
            <translation>#%1   h = %2</translation>
        </message>
        <message>
            <source>Actual %1, predicted %2: %3 examples</source>
            <translation>Real %1, predicha %2: %3 ejemplos</translation>
        </message>
        <message>
            <source> (the first %1 listed)</source>
            <translation> (se listan los primeros %1)</translation>
        </message>
        <message>
            <source>Pick an example to see the network's output per class.</source>
            <translation>Elige un ejemplo para ver la salida de la red por clase.</translation>
        </message>
        <message>
            <source>other classes</source>
            <translation>otras clases</translation>
        </message>
        <message>
            <source>actual class</source>
            <translation>clase real</translation>
        </message>
        <message>
            <source>predicted (wrong)</source>
            <translation>predicha (errónea)</translation>
        </message>
        <message>
            <source>P(%1)</source>
            <translation>P(%1)</translation>
        </message>
        <message>
            <source>Output for the example</source>
            <translation>Salida para el ejemplo</translation>
        </message>
        <message>
            <source>Confusion matrix of the validation split: %1 examples, %2 % correct. Rows: actual class; columns: predicted.</source>
            <translation>Matriz de confusión de la partición de validación: %1 ejemplos, %2 % correctos. Filas: clase real; columnas: predicha.</translation>
        </message>
        <message>
            <source>Confusion matrix of the training split: %1 examples, %2 % correct. Rows: actual class; columns: predicted.</source>
            <translation>Matriz de confusión de la partición de entrenamiento: %1 ejemplos, %2 % correctos. Filas: clase real; columnas: predicha.</translation>
        </message>
        <message>
            <source>Validation example %1: h of the predicted class = %2</source>
            <translation>Ejemplo de validación %1: h de la clase predicha = %2</translation>
        </message>
        <message>
            <source>Training example %1: h of the predicted class = %2</source>
            <translation>Ejemplo de entrenamiento %1: h de la clase predicha = %2</translation>
        </message>
        <message>
            <source>Validation example %1: actual &lt;b&gt;%2&lt;/b&gt;, predicted &lt;b&gt;%3&lt;/b&gt; (h = %4).</source>
            <translation>Ejemplo de validación %1: real &lt;b&gt;%2&lt;/b&gt;, predicha &lt;b&gt;%3&lt;/b&gt; (h = %4).</translation>
        </message>
        <message>
            <source>Training example %1: actual &lt;b&gt;%2&lt;/b&gt;, predicted &lt;b&gt;%3&lt;/b&gt; (h = %4).</source>
            <translation>Ejemplo de entrenamiento %1: real &lt;b&gt;%2&lt;/b&gt;, predicha &lt;b&gt;%3&lt;/b&gt; (h = %4).</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Matriz de confusión</translation>
        </message>
        <message>
            <source>Examples of the chosen cell</source>
            <translation>Ejemplos de la celda elegida</translation>
        </message>
    </context>
    <context>
        <name>bpui::ModelImport</name>
        <message>
            <source>&amp;Import model…</source>
            <translation>I&amp;mportar modelo…</translation>
        </message>
        <message>
            <source>Load a model file's architecture and weights into the current project</source>
            <translation>Cargar la arquitectura y los pesos de un archivo de modelo en el proyecto actual</translation>
        </message>
        <message>
            <source>Imported the model %1: architecture and weights replaced, the data kept.</source>
            <translation>Modelo %1 importado: arquitectura y pesos reemplazados, datos conservados.</translation>
        </message>
        <message>
            <source>Import model</source>
            <translation>Importar modelo</translation>
        </message>
        <message>
            <source>Cannot import the model</source>
            <translation>No se puede importar el modelo</translation>
        </message>
        <message>
            <source>

The current project is unchanged.</source>
            <translation>

El proyecto actual no ha cambiado.</translation>
        </message>
        <message>
            <source>Backprop Studio model (*.json);;All files (*)</source>
            <translation>Modelo de Backprop Studio (*.json);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>bpui::NetworkEditor</name>
        <message>
            <source>Add hidden layer</source>
            <translation>Añadir capa oculta</translation>
        </message>
        <message>
            <source>Append a hidden layer before the output (same width and activation as the last hidden layer). Resets the weights.</source>
            <translation>Añadir una capa oculta antes de la salida (mismo ancho y activación que la última capa oculta). Reinicia los pesos.</translation>
        </message>
        <message>
            <source>Remove hidden layer</source>
            <translation>Quitar capa oculta</translation>
        </message>
        <message>
            <source>Remove the last hidden layer. Resets the weights.</source>
            <translation>Quitar la última capa oculta. Reinicia los pesos.</translation>
        </message>
        <message>
            <source>Output activation; it picks the loss: sigmoid → logistic (the course's), softmax → cross-entropy, linear → squared error</source>
            <translation>Activación de salida; determina la pérdida: sigmoide → logística (la del curso), softmax → entropía cruzada, lineal → error cuadrático</translation>
        </message>
        <message>
            <source>Output activation:</source>
            <translation>Activación de salida:</translation>
        </message>
        <message>
            <source>Circles: units a = g(z); squares: bias units (+1); lines: weights Θ(l)&lt;sub&gt;ij&lt;/sub&gt;, with z(l+1) = Θ(l)·[1; a(l)]. &lt;span style='color:#2166ac'&gt;Blue&lt;/span&gt; positive, &lt;span style='color:#d7301f'&gt;orange-red&lt;/span&gt; negative, wider = larger |Θ| (relative within each Θ). Layers over %1 units are drawn as a block. Hover a unit or a line for its value.</source>
            <translation>Círculos: unidades a = g(z); cuadrados: unidades de sesgo (+1); líneas: pesos Θ(l)&lt;sub&gt;ij&lt;/sub&gt;, con z(l+1) = Θ(l)·[1; a(l)]. &lt;span style='color:#2166ac'&gt;Azul&lt;/span&gt;, positivo; &lt;span style='color:#d7301f'&gt;rojo anaranjado&lt;/span&gt;, negativo; más ancha = |Θ| mayor (relativo dentro de cada Θ). Las capas de más de %1 unidades se dibujan como un bloque. Pasa el puntero sobre una unidad o una línea para ver su valor.</translation>
        </message>
        <message>
            <source>Layer %1 · hidden</source>
            <translation>Capa %1 · oculta</translation>
        </message>
        <message>
            <source>One unit fewer</source>
            <translation>Una unidad menos</translation>
        </message>
        <message>
            <source> units</source>
            <translation> unidades</translation>
        </message>
        <message>
            <source>Units in hidden layer %1 (course layer %2). Resets the weights.</source>
            <translation>Unidades de la capa oculta %1 (capa %2 del curso). Reinicia los pesos.</translation>
        </message>
        <message>
            <source>One unit more</source>
            <translation>Una unidad más</translation>
        </message>
        <message>
            <source>Activation g of this layer's units</source>
            <translation>Activación g de las unidades de esta capa</translation>
        </message>
    </context>
    <context>
        <name>bpui::NetworkScene</name>
        <message>
            <source>No network yet: load data first.</source>
            <translation>Aún no hay red: carga datos primero.</translation>
        </message>
        <message>
            <source>Layer %1: %2 units, drawn as one block (more than %3 units). Its links are summaries: hover them for the mean and RMS of the weights they stand for.</source>
            <translation>Capa %1: %2 unidades, dibujada como un bloque (más de %3 unidades). Sus enlaces son resúmenes: pasa el puntero sobre ellos para ver la media y el RMS de los pesos que representan.</translation>
        </message>
        <message>
            <source>%1
units</source>
            <translation>%1
unidades</translation>
        </message>
        <message>
            <source>Bias unit of layer %1: always +1. Its weights into layer %2 are column 0 of Θ(%1).</source>
            <translation>Unidad de sesgo de la capa %1: siempre +1. Sus pesos hacia la capa %2 son la columna 0 de Θ(%1).</translation>
        </message>
        <message>
            <source>input</source>
            <translation>entrada</translation>
        </message>
        <message>
            <source>output</source>
            <translation>salida</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>oculta</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unidad</numerusform>
                <numerusform>%n unidades</numerusform>
            </translation>
        </message>
        <message>
            <source>Layer %1 · %2
%3</source>
            <translation>Capa %1 · %2
%3</translation>
        </message>
        <message>
            <source>z(%1) = Θ(%2)·[1; a(%2)]</source>
            <translation>z(%1) = Θ(%2)·[1; a(%2)]</translation>
        </message>
        <message>
            <source>bias weight of unit %1 of layer %2</source>
            <translation>peso de sesgo de la unidad %1 de la capa %2</translation>
        </message>
        <message>
            <source>weight from unit %1 of layer %2 to unit %3 of layer %4</source>
            <translation>peso de la unidad %1 de la capa %2 a la unidad %3 de la capa %4</translation>
        </message>
        <message>
            <source>%1 = %2
%3 (%4)</source>
            <translation>%1 = %2
%3 (%4)</translation>
        </message>
        <message>
            <source>the %1 weights into unit %2 of layer %3</source>
            <translation>los %1 pesos que entran en la unidad %2 de la capa %3</translation>
        </message>
        <message>
            <source>the %1 bias weights of layer %2</source>
            <translation>los %1 pesos de sesgo de la capa %2</translation>
        </message>
        <message>
            <source>the %1 weights out of unit %2 of layer %3</source>
            <translation>los %1 pesos que salen de la unidad %2 de la capa %3</translation>
        </message>
        <message>
            <source>all %1 non-bias weights of Θ(%2)</source>
            <translation>los %1 pesos de Θ(%2) que no son de sesgo</translation>
        </message>
        <message>
            <source>%1: %2
mean %3, RMS %4, max |Θ| %5 (%6)</source>
            <translation>%1: %2
media %3, RMS %4, máx. |Θ| %5 (%6)</translation>
        </message>
        <message>
            <source>a(%1)_%2</source>
            <translation>a(%1)_%2</translation>
        </message>
    </context>
    <context>
        <name>bpui::PaintPalette</name>
        <message>
            <source>No data to paint on.</source>
            <translation>No hay datos sobre los que pintar.</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Desplazar</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom: no painting</source>
            <translation>Arrastra para desplazar, rueda para ampliar: sin pintar</translation>
        </message>
        <message>
            <source>Add (x, y)</source>
            <translation>Añadir (x, y)</translation>
        </message>
        <message>
            <source>Click the plot to add the point (x, y)</source>
            <translation>Haz clic en el gráfico para añadir el punto (x, y)</translation>
        </message>
        <message>
            <source>Click the plot to add a point of class %1</source>
            <translation>Haz clic en el gráfico para añadir un punto de la clase %1</translation>
        </message>
        <message>
            <source>Painted points join the training split; the normalisation is kept until Regenerate.</source>
            <translation>Los puntos pintados se unen a la partición de entrenamiento; la normalización se mantiene hasta Regenerar.</translation>
        </message>
        <message>
            <source>Click: add a point · Shift+click: remove the nearest · drag: paint several. Each stroke is one undo step. Painted points join the training split; the normalisation is not refitted until Regenerate or a new split. Saving keeps the points.</source>
            <translation>Clic: añadir un punto · Shift+clic: quitar el más cercano · arrastrar: pintar varios. Cada trazo es un paso de deshacer. Los puntos pintados se unen a la partición de entrenamiento; la normalización no se reajusta hasta Regenerar o una nueva partición. Al guardar se conservan los puntos.</translation>
        </message>
        <message>
            <source>Paint class %1</source>
            <translation>Pintar clase %1</translation>
        </message>
    </context>
    <context>
        <name>bpui::PlantedBugCheck</name>
        <message>
            <source>No bug (textbook backprop)</source>
            <translation>Sin error (backprop de libro)</translation>
        </message>
        <message>
            <source>g′(z) factor left out</source>
            <translation>Factor g′(z) omitido</translation>
        </message>
        <message>
            <source>Bias column regularised</source>
            <translation>Columna de sesgo regularizada</translation>
        </message>
        <message>
            <source>1/m left out</source>
            <translation>1/m omitido</translation>
        </message>
        <message>
            <source>δ through the bias row</source>
            <translation>δ a través de la fila de sesgo</translation>
        </message>
        <message>
            <source>Wrong sign on δ(L)</source>
            <translation>Signo incorrecto en δ(L)</translation>
        </message>
        <message>
            <source>y not recoded one-hot</source>
            <translation>y sin recodificar en one-hot</translation>
        </message>
        <message>
            <source>No bug: the textbook backpropagation.</source>
            <translation>Sin error: la retropropagación de libro.</translation>
        </message>
        <message>
            <source>The g'(z) factor is left out of the hidden δ terms.</source>
            <translation>Falta el factor g'(z) en los términos δ ocultos.</translation>
        </message>
        <message>
            <source>The bias column is regularised like the other weights.</source>
            <translation>La columna de sesgo se regulariza como los demás pesos.</translation>
        </message>
        <message>
            <source>The accumulated Δ is not divided by the number of examples m.</source>
            <translation>La Δ acumulada no se divide por el número de ejemplos m.</translation>
        </message>
        <message>
            <source>δ is propagated through the bias row, so every hidden δ is shifted by one unit.</source>
            <translation>δ se propaga a través de la fila de sesgo, así que cada δ oculta queda desplazada una unidad.</translation>
        </message>
        <message>
            <source>The output error has the wrong sign: δ(L) = y − a(L).</source>
            <translation>El error de salida tiene el signo cambiado: δ(L) = y − a(L).</translation>
        </message>
        <message>
            <source>y is used as the raw class number instead of its one-hot vector.</source>
            <translation>y se usa como número de clase en bruto en lugar de su vector one-hot.</translation>
        </message>
        <message>
            <source>without a hidden layer there is no hidden δ to scale by g′</source>
            <translation>sin capa oculta no hay ninguna δ oculta que escalar por g′</translation>
        </message>
        <message>
            <source>linear hidden units have g′(z) = 1</source>
            <translation>las unidades ocultas lineales tienen g′(z) = 1</translation>
        </message>
        <message>
            <source>without a hidden layer no δ is propagated back</source>
            <translation>sin capa oculta no se propaga ninguna δ hacia atrás</translation>
        </message>
        <message>
            <source>bias column (%1)</source>
            <translation>columna de sesgo (%1)</translation>
        </message>
        <message>
            <source>weights (%1)</source>
            <translation>pesos (%1)</translation>
        </message>
        <message>
            <source>%1 of %2 parameters sampled (seed %3)</source>
            <translation>%1 de %2 parámetros muestreados (semilla %3)</translation>
        </message>
        <message>
            <source>all %1 parameters</source>
            <translation>los %1 parámetros</translation>
        </message>
        <message>
            <source>, %1 examples, λ = %2</source>
            <translation>, %1 ejemplos, λ = %2</translation>
        </message>
    </context>
    <context>
        <name>bpui::PlotExport</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>bpui::PredictionPlot</name>
        <message>
            <source>Prediction</source>
            <translation>Predicción</translation>
        </message>
        <message>
            <source>Counts of examples: row = actual class, column = predicted class; the diagonal is what the network gets right</source>
            <translation>Recuento de ejemplos: fila = clase real, columna = clase predicha; la diagonal es lo que la red acierta</translation>
        </message>
        <message>
            <source>No prediction to show: load data and build a network.</source>
            <translation>No hay predicción que mostrar: carga datos y construye una red.</translation>
        </message>
        <message>
            <source>training</source>
            <translation>entrenamiento</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validación</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Decision surface: each background cell has the colour of the class the network predicts there, paler where it is less sure (%1 × %1 grid). Filled dots: training examples; hollow: validation.</source>
            <translation>Superficie de decisión: cada celda del fondo tiene el color de la clase que la red predice allí, más pálido donde está menos segura (cuadrícula de %1 × %1). Puntos rellenos: ejemplos de entrenamiento; huecos: validación.</translation>
        </message>
        <message>
            <source>network h(x)</source>
            <translation>red h(x)</translation>
        </message>
        <message>
            <source>target</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>Regression: the network's output h(x) (line) over the training (filled) and validation (hollow) examples%1.</source>
            <translation>Regresión: la salida de la red h(x) (línea) sobre los ejemplos de entrenamiento (rellenos) y de validación (huecos)%1.</translation>
        </message>
        <message>
            <source>; first target of %1</source>
            <translation>; primer objetivo de %1</translation>
        </message>
        <message>
            <source>examples</source>
            <translation>ejemplos</translation>
        </message>
        <message>
            <source>actual target</source>
            <translation>objetivo real</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>predicho</translation>
        </message>
        <message>
            <source>actual %1</source>
            <translation>real %1</translation>
        </message>
        <message>
            <source>predicted
%1</source>
            <translation>predicho
%1</translation>
        </message>
        <message>
            <source>, the first %1 of %2</source>
            <translation>, los primeros %1 de %2</translation>
        </message>
        <message>
            <source>The input plane coloured by the class the network predicts at each point, with the training examples drawn on top in their own class colours.</source>
            <translation>El plano de entrada coloreado según la clase que la red predice en cada punto, con los ejemplos de entrenamiento dibujados encima en los colores de su clase.</translation>
        </message>
        <message>
            <source>Predicted against actual (first target) on the validation split, %1 examples: a perfect fit lies on the dashed y = x line.</source>
            <translation>Predicho frente a real (primer objetivo) en la partición de validación, %1 ejemplos: un ajuste perfecto queda sobre la recta discontinua y = x.</translation>
        </message>
        <message>
            <source>Predicted against actual (first target) on the training split, %1 examples: a perfect fit lies on the dashed y = x line.</source>
            <translation>Predicho frente a real (primer objetivo) en la partición de entrenamiento, %1 ejemplos: un ajuste perfecto queda sobre la recta discontinua y = x.</translation>
        </message>
        <message>
            <source>Confusion matrix on the validation split (%1 examples%2): rows are the actual class, columns the predicted one. Accuracy %3 %.</source>
            <translation>Matriz de confusión en la partición de validación (%1 ejemplos%2): las filas son la clase real y las columnas, la predicha. Exactitud %3 %.</translation>
        </message>
        <message>
            <source>Confusion matrix on the training split (%1 examples%2): rows are the actual class, columns the predicted one. Accuracy %3 %.</source>
            <translation>Matriz de confusión en la partición de entrenamiento (%1 ejemplos%2): las filas son la clase real y las columnas, la predicha. Exactitud %3 %.</translation>
        </message>
    </context>
    <context>
        <name>bpui::ProjectFiles</name>
        <message>
            <source>&amp;New project</source>
            <translation>&amp;Nuevo proyecto</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Abrir proyecto…</translation>
        </message>
        <message>
            <source>&amp;Save project</source>
            <translation>&amp;Guardar proyecto</translation>
        </message>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Guardar proyecto c&amp;omo…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>%1[*] — Backprop Studio</source>
            <translation>%1[*] — Backprop Studio</translation>
        </message>
        <message>
            <source>New project: the spiral example.</source>
            <translation>Proyecto nuevo: el ejemplo de la espiral.</translation>
        </message>
        <message>
            <source>Restored the unsaved changes to %1 from %2.</source>
            <translation>Se restauraron los cambios no guardados de %1 desde %2.</translation>
        </message>
        <message>
            <source>Opened a copy of %1: Save asks where to keep it.</source>
            <translation>Se abrió una copia de %1: Guardar preguntará dónde conservarla.</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>Se abrió %1.</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled; the project is as it was.</source>
            <translation>Se canceló la apertura de %1; el proyecto sigue como estaba.</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>No se puede abrir el proyecto</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Abriendo %1…</translation>
        </message>
        <message>
            <source>Another file is still loading: wait for it or cancel it first.</source>
            <translation>Todavía se está cargando otro archivo: espera a que termine o cancélalo primero.</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Guardando %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Guardando</translation>
        </message>
        <message>
            <source>Saving was cancelled; %1 was left as it was.</source>
            <translation>Se canceló el guardado; %1 quedó como estaba.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Se guardó %1.</translation>
        </message>
        <message>
            <source>Cannot open the files</source>
            <translation>No se pueden abrir los archivos</translation>
        </message>
        <message>
            <source>Open one project (*.bpstudio), one CSV file, or an IDX images file together with its labels file.</source>
            <translation>Abre un proyecto (*.bpstudio), un archivo CSV o un archivo de imágenes IDX junto con su archivo de etiquetas.</translation>
        </message>
        <message>
            <source>%1 and %2 are both IDX images files: one of the two must be the labels file.</source>
            <translation>%1 y %2 son ambos archivos de imágenes IDX: uno de los dos debe ser el archivo de etiquetas.</translation>
        </message>
        <message>
            <source>%1 and %2 are both IDX labels files: one of the two must be the images file.</source>
            <translation>%1 y %2 son ambos archivos de etiquetas IDX: uno de los dos debe ser el archivo de imágenes.</translation>
        </message>
        <message>
            <source>%1 is not an IDX images or labels file: it does not start with an IDX magic number (0x00000803 for images, 0x00000801 for labels), or it cannot be read.</source>
            <translation>%1 no es un archivo IDX de imágenes ni de etiquetas: no empieza con un número mágico IDX (0x00000803 para imágenes, 0x00000801 para etiquetas) o no se puede leer.</translation>
        </message>
        <message>
            <source>Cannot open these %1 files together. %2</source>
            <translation>No se pueden abrir estos %1 archivos juntos. %2</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>No se puede guardar el proyecto</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>The project "%1" has unsaved changes. Save them?</source>
            <translation>El proyecto «%1» tiene cambios sin guardar. ¿Quieres guardarlos?</translation>
        </message>
        <message>
            <source>untitled.bpstudio</source>
            <translation>sin-titulo.bpstudio</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Guardar proyecto</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Abrir proyecto</translation>
        </message>
        <message>
            <source>CSV data (*.csv);;All files (*)</source>
            <translation>Datos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Vaciar la lista</translation>
        </message>
        <message>
            <source>%1 is an IDX images file: open it together with its labels file (drop both at once, or name both on the command line).</source>
            <translation>%1 es un archivo de imágenes IDX: ábrelo junto con su archivo de etiquetas (suelta ambos a la vez o indica ambos en la línea de comandos).</translation>
        </message>
        <message>
            <source>%1 is an IDX labels file: open it together with its images file (drop both at once, or name both on the command line).</source>
            <translation>%1 es un archivo de etiquetas IDX: ábrelo junto con su archivo de imágenes (suelta ambos a la vez o indica ambos en la línea de comandos).</translation>
        </message>
        <message>
            <source>Backprop Studio project (*.bpstudio)</source>
            <translation>Proyecto de Backprop Studio (*.bpstudio)</translation>
        </message>
    </context>
    <context>
        <name>bpui::RaceDialog</name>
        <message>
            <source>Race</source>
            <translation>Carrera</translation>
        </message>
        <message>
            <source>Optimisers</source>
            <translation>Optimizadores</translation>
        </message>
        <message>
            <source>Learning rates</source>
            <translation>Tasas de aprendizaje</translation>
        </message>
        <message>
            <source>λ values</source>
            <translation>Valores de λ</translation>
        </message>
        <message>
            <source>What differs between the racers; everything else is the Training panel's settings</source>
            <translation>Lo que cambia entre los participantes; todo lo demás son los ajustes del panel Entrenamiento</translation>
        </message>
        <message>
            <source>Tick the racers; double-click a number to edit it</source>
            <translation>Marca los participantes; haz doble clic en un número para editarlo</translation>
        </message>
        <message>
            <source>another value, e.g. 0.05</source>
            <translation>otro valor, p. ej. 0.05</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>One after another</source>
            <translation>Uno tras otro</translation>
        </message>
        <message>
            <source>Interleaved (take turns, one iteration each)</source>
            <translation>Intercalados (por turnos, una iteración cada uno)</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation> iteraciones</translation>
        </message>
        <message>
            <source>Each racer trains for this many iterations (other stopping rules of the Training panel still apply)</source>
            <translation>Cada participante entrena este número de iteraciones (las demás reglas de parada del panel Entrenamiento siguen aplicándose)</translation>
        </message>
        <message>
            <source>All racers start from the current weights.</source>
            <translation>Todos los participantes parten de los pesos actuales.</translation>
        </message>
        <message>
            <source>&amp;Start race</source>
            <translation>&amp;Iniciar carrera</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>Stop every racer now; what they trained is kept as runs</source>
            <translation>Detener ahora a todos los participantes; lo que hayan entrenado se conserva como ejecuciones</translation>
        </message>
        <message>
            <source>Vary:</source>
            <translation>Variar:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Orden:</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Presupuesto:</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 falló: %2</translation>
        </message>
        <message>
            <source>"%1" is not a number ≥ 0.</source>
            <translation>«%1» no es un número ≥ 0.</translation>
        </message>
        <message>
            <source>There are no weights or no training data to race on.</source>
            <translation>No hay pesos o no hay datos de entrenamiento para la carrera.</translation>
        </message>
        <message>
            <source>%1 chooses its own step length: pick another optimiser in the Training panel to race learning rates.</source>
            <translation>%1 elige su propia longitud de paso: elige otro optimizador en el panel Entrenamiento para comparar tasas de aprendizaje en una carrera.</translation>
        </message>
        <message>
            <source>lr %1</source>
            <translation>α %1</translation>
        </message>
        <message>
            <source>λ %1</source>
            <translation>λ %1</translation>
        </message>
        <message>
            <source>Tick at least two racers.</source>
            <translation>Marca al menos dos participantes.</translation>
        </message>
        <message>
            <source>Race %1 · %2</source>
            <translation>Carrera %1 · %2</translation>
        </message>
        <message>
            <source>Race %1: %2 racers, %3.</source>
            <translation>Carrera %1: %2 participantes, %3.</translation>
        </message>
        <message>
            <source>interleaved</source>
            <translation>intercalados</translation>
        </message>
        <message>
            <source>one after another</source>
            <translation>uno tras otro</translation>
        </message>
        <message>
            <source>Race %1 stopped.</source>
            <translation>Carrera %1 detenida.</translation>
        </message>
        <message>
            <source>Race %1 finished.</source>
            <translation>Carrera %1 terminada.</translation>
        </message>
        <message>
            <source> Lowest cost: %1 (J = %2).</source>
            <translation> Coste más bajo: %1 (J = %2).</translation>
        </message>
        <message>
            <source>"%1" is not a valid learning rate.</source>
            <translation>«%1» no es una tasa de aprendizaje válida.</translation>
        </message>
        <message>
            <source>"%1" is not a valid λ (≥ 0).</source>
            <translation>«%1» no es una λ válida (≥ 0).</translation>
        </message>
    </context>
    <context>
        <name>bpui::RecoveryKeeper</name>
        <message>
            <source>Cannot lock a recovery copy in %1.</source>
            <translation>No se puede bloquear una copia de recuperación en %1.</translation>
        </message>
    </context>
    <context>
        <name>bpui::RecoveryPrompt</name>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Recuperar cambios sin guardar</translation>
        </message>
        <message>
            <source>It had not been saved yet.</source>
            <translation>Todavía no se había guardado.</translation>
        </message>
        <message>
            <source>Its file: %1</source>
            <translation>Su archivo: %1</translation>
        </message>
        <message>
            <source>&lt;p&gt;Backprop Studio did not close properly. It kept a copy of the unsaved project &lt;b&gt;%1&lt;/b&gt;, written %2.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
            <translation>&lt;p&gt;Backprop Studio no se cerró correctamente. Conservó una copia del proyecto sin guardar &lt;b&gt;%1&lt;/b&gt;, escrita el %2.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Restore opens it with its changes unsaved; Discard deletes the copy.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Restaurar lo abre con sus cambios sin guardar; Descartar borra la copia.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;%n more copies wait; they are offered next.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;Queda %n copia más; se ofrecerá a continuación.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;Quedan %n copias más; se ofrecerán a continuación.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
    </context>
    <context>
        <name>bpui::RunsDock</name>
        <message>
            <source>Tick runs to overlay their cost curves; double-click a name to rename; Delete removes the selected runs</source>
            <translation>Marca ejecuciones para superponer sus curvas de coste; haz doble clic en un nombre para renombrarlo; Supr elimina las ejecuciones seleccionadas</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Remove the selected runs (not the live one) (Delete)</source>
            <translation>Eliminar las ejecuciones seleccionadas (no la que está en curso) (Supr)</translation>
        </message>
        <message>
            <source>Race…</source>
            <translation>Carrera…</translation>
        </message>
        <message>
            <source>Train several optimisers, learning rates or λ values from the current weights and compare their curves</source>
            <translation>Entrenar varios optimizadores, tasas de aprendizaje o valores de λ desde los pesos actuales y comparar sus curvas</translation>
        </message>
        <message>
            <source>Scrub through the selected run's weight snapshots: the Timeline dock shows the network as it was (the live weights stay as they are)</source>
            <translation>Recorrer las instantáneas de pesos de la ejecución seleccionada: el panel Línea de tiempo muestra la red tal como era (los pesos actuales no cambian)</translation>
        </message>
        <message>
            <source>Back to live</source>
            <translation>Volver al presente</translation>
        </message>
        <message>
            <source>Leave the timeline: the main views show the live weights</source>
            <translation>Salir de la línea de tiempo: las vistas principales muestran los pesos actuales</translation>
        </message>
        <message>
            <source>Branch from here</source>
            <translation>Ramificar desde aquí</translation>
        </message>
        <message>
            <source>Make the viewed weights (with that run's network and settings) the current ones and train a new run from them</source>
            <translation>Convertir los pesos que se ven (con la red y los ajustes de esa ejecución) en los actuales y entrenar una nueva ejecución a partir de ellos</translation>
        </message>
        <message>
            <source>Timeline:</source>
            <translation>Línea de tiempo:</translation>
        </message>
        <message>
            <source>Select a run to scrub through its weights.</source>
            <translation>Selecciona una ejecución para recorrer sus pesos.</translation>
        </message>
        <message>
            <source>%1 was trained on other data (%2): its weights are not shown on this data.</source>
            <translation>%1 se entrenó con otros datos (%2): sus pesos no se muestran sobre estos datos.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n weight snapshot(s); move the slider to view one.</source>
            <translation>
                <numerusform>%1: %n instantánea de pesos; mueve el control deslizante para verla.</numerusform>
                <numerusform>%1: %n instantáneas de pesos; mueve el control deslizante para ver una.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at iteration %2 (the live weights are untouched)</source>
            <translation>%1 en la iteración %2 (los pesos actuales no se tocan)</translation>
        </message>
        <message>
            <source>Cannot show this run here: see the Timeline dock.</source>
            <translation>No se puede mostrar esta ejecución aquí: mira el panel Línea de tiempo.</translation>
        </message>
        <message>
            <source>Viewing %1 at iteration %2 (snapshot %3 of %4).</source>
            <translation>Viendo %1 en la iteración %2 (instantánea %3 de %4).</translation>
        </message>
        <message>
            <source>Showing nothing: the main views show the live weights. Move the Runs dock's timeline slider to look back.</source>
            <translation>No se muestra nada: las vistas principales muestran los pesos actuales. Mueve el control deslizante de la línea de tiempo del panel Ejecuciones para mirar atrás.</translation>
        </message>
        <message>
            <source>%1 @ %2</source>
            <translation>%1 @ %2</translation>
        </message>
        <message>
            <source>Cannot branch: %1</source>
            <translation>No se puede ramificar: %1</translation>
        </message>
        <message>
            <source>Cannot branch: this run's network does not fit the current data.</source>
            <translation>No se puede ramificar: la red de esta ejecución no encaja con los datos actuales.</translation>
        </message>
        <message>
            <source>Branched: %1 starts from the weights of iteration %2.</source>
            <translation>Ramificado: %1 parte de los pesos de la iteración %2.</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
        <message>
            <source>Timeline position</source>
            <translation>Posición en la línea de tiempo</translation>
        </message>
    </context>
    <context>
        <name>bpui::RunsModel</name>
        <message>
            <source>%1 · %2 examples · noise %3 · seed %4</source>
            <translation>%1 · %2 ejemplos · ruido %3 · semilla %4</translation>
        </message>
        <message>
            <source>%1 · %2 × %3</source>
            <translation>%1 · %2 × %3</translation>
        </message>
        <message>
            <source>%1 · %2 images</source>
            <translation>%1 · %2 imágenes</translation>
        </message>
        <message>
            <source> · lr %1</source>
            <translation> · α %1</translation>
        </message>
        <message>
            <source> · λ %1</source>
            <translation> · λ %1</translation>
        </message>
        <message>
            <source> · batch %1</source>
            <translation> · lote %1</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Ejecución %1</translation>
        </message>
        <message>
            <source>Trained on other data (%1); the project's data is now %2. Kept, but not overlaid on this data's cost plot.</source>
            <translation>Entrenada con otros datos (%1); los datos del proyecto son ahora %2. Se conserva, pero no se superpone en el gráfico de coste de estos datos.</translation>
        </message>
        <message>
            <source>The live run: its curve is the cost plot's own. It becomes a kept run at the next weight reset or branch.</source>
            <translation>La ejecución en curso: su curva es la propia del gráfico de coste. Pasa a ser una ejecución guardada en el próximo reinicio de pesos o ramificación.</translation>
        </message>
        <message>
            <source>Tick to overlay this run's cost curve; double-click to rename.</source>
            <translation>Marca para superponer la curva de coste de esta ejecución; doble clic para renombrarla.</translation>
        </message>
        <message>
            <source> · other data: %1</source>
            <translation> · otros datos: %1</translation>
        </message>
        <message>
            <source> · live</source>
            <translation> · en curso</translation>
        </message>
        <message>
            <source> · racing</source>
            <translation> · en carrera</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Final cost</source>
            <translation>Coste final</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>Iteraciones</translation>
        </message>
    </context>
    <context>
        <name>bpui::RunsTools</name>
        <message>
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Línea de tiempo</translation>
        </message>
        <message>
            <source>&amp;Race…</source>
            <translation>&amp;Carrera…</translation>
        </message>
        <message>
            <source>Train several optimisers, learning rates or λ values from the same weights and compare their curves (Ctrl+Shift+R)</source>
            <translation>Entrenar varios optimizadores, tasas de aprendizaje o valores de λ desde los mismos pesos y comparar sus curvas (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Training is running: stop it (Shift+F5) before a race.</source>
            <translation>El entrenamiento está en marcha: detenlo (Shift+F5) antes de una carrera.</translation>
        </message>
    </context>
    <context>
        <name>bpui::SelfTestDialog</name>
        <message>
            <source>Course self-test</source>
            <translation>Autoprueba del curso</translation>
        </message>
        <message>
            <source>The course's reference checks: the 3-5-3 debug network (Θ and X filled with sin(1…)/10) must give the published gradient entries at λ = 0 and λ = 3, its gradient check must agree below 1e-9, and g′(z) = g(z)(1 − g(z)) of the sigmoid must match the published values.</source>
            <translation>Las comprobaciones de referencia del curso: la red de depuración 3-5-3 (Θ y X rellenos con sin(1…)/10) debe dar las entradas del gradiente publicadas con λ = 0 y λ = 3, su comprobación del gradiente debe coincidir por debajo de 1e-9, y g′(z) = g(z)(1 − g(z)) de la sigmoide debe coincidir con los valores publicados.</translation>
        </message>
        <message>
            <source>PASS when every check is within its tolerance</source>
            <translation>CORRECTO cuando todas las comprobaciones están dentro de su tolerancia</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Obtenido</translation>
        </message>
        <message>
            <source>|Difference|</source>
            <translation>|Diferencia|</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Tolerancia</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Each check passes when |actual − expected| ≤ tolerance</source>
            <translation>Cada comprobación se supera cuando |obtenido − esperado| ≤ tolerancia</translation>
        </message>
        <message>
            <source>Run again</source>
            <translation>Volver a ejecutar</translation>
        </message>
        <message>
            <source>PASS</source>
            <translation>CORRECTO</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FALLO</translation>
        </message>
        <message>
            <source>PASS — all %1 reference checks agree with the course</source>
            <translation>CORRECTO — las %1 comprobaciones de referencia coinciden con el curso</translation>
        </message>
        <message>
            <source>FAIL — %1 of %2 reference checks disagree</source>
            <translation>FALLO — %1 de %2 comprobaciones de referencia no coinciden</translation>
        </message>
    </context>
    <context>
        <name>bpui::SettingsUndo</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Re&amp;hacer</translation>
        </message>
    </context>
    <context>
        <name>bpui::StatusBarWidget</name>
        <message>
            <source>iteration %1</source>
            <translation>iteración %1</translation>
        </message>
        <message>
            <source>epoch %1</source>
            <translation>época %1</translation>
        </message>
        <message>
            <source>J = %1</source>
            <translation>J = %1</translation>
        </message>
        <message>
            <source>%1 it/s</source>
            <translation>%1 it/s</translation>
        </message>
        <message>
            <source>%p% · ETA %1</source>
            <translation>%p% · quedan %1</translation>
        </message>
        <message>
            <source>iteration 0</source>
            <translation>iteración 0</translation>
        </message>
        <message>
            <source>epoch 0</source>
            <translation>época 0</translation>
        </message>
        <message>
            <source>J = –</source>
            <translation>J = –</translation>
        </message>
    </context>
    <context>
        <name>bpui::StepInspector</name>
        <message>
            <source>B: how many training examples (the first B of the training split) make the batch; m = B in D = Δ/m + (λ/m)Θ</source>
            <translation>B: cuántos ejemplos de entrenamiento (los primeros B de la partición de entrenamiento) forman el lote; m = B en D = Δ/m + (λ/m)Θ</translation>
        </message>
        <message>
            <source>Mini-batch size</source>
            <translation>Tamaño del minilote</translation>
        </message>
        <message>
            <source>Use the training mini-batch size as B (the whole training set, capped, for full batch). The trainer shuffles its batches; here the first B examples are used.</source>
            <translation>Usar como B el tamaño de minilote del entrenamiento (todo el conjunto de entrenamiento, con un tope, para lote completo). El entrenador baraja sus lotes; aquí se usan los primeros B ejemplos.</translation>
        </message>
        <message>
            <source>batch: D, update</source>
            <translation>lote: D, actualización</translation>
        </message>
        <message>
            <source>Which example of the batch to walk through (i in x(i)); below 1: the batch-wide steps D and the update</source>
            <translation>Qué ejemplo del lote recorrer (i en x(i)); por debajo de 1: los pasos de todo el lote, D y la actualización</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Anterior</translation>
        </message>
        <message>
            <source>Back one step</source>
            <translation>Retroceder un paso</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Siguiente ▶</translation>
        </message>
        <message>
            <source>Forward one step: forward pass, δ backward, Δ accumulation, then D and the update after the last example</source>
            <translation>Avanzar un paso: propagación hacia delante, δ hacia atrás, acumulación de Δ y, tras el último ejemplo, D y la actualización</translation>
        </message>
        <message>
            <source>Next example</source>
            <translation>Ejemplo siguiente</translation>
        </message>
        <message>
            <source>Skip to the first step of the next example</source>
            <translation>Saltar al primer paso del ejemplo siguiente</translation>
        </message>
        <message>
            <source>Run to end of batch</source>
            <translation>Ejecutar hasta el final del lote</translation>
        </message>
        <message>
            <source>Process every remaining example; show D(1) = Δ(1)/m + (λ/m)Θ(1)</source>
            <translation>Procesar todos los ejemplos restantes; mostrar D(1) = Δ(1)/m + (λ/m)Θ(1)</translation>
        </message>
        <message>
            <source>Apply update</source>
            <translation>Aplicar actualización</translation>
        </message>
        <message>
            <source>Write Θ := Θ − α·D for every layer into the project (plain gradient descent) and walk the batch again</source>
            <translation>Escribir Θ := Θ − α·D de cada capa en el proyecto (descenso del gradiente simple) y volver a recorrer el lote</translation>
        </message>
        <message>
            <source>Every step of the batch: drag to scrub</source>
            <translation>Todos los pasos del lote: arrastra para recorrerlos</translation>
        </message>
        <message>
            <source>The course's equation for this step (layers 1-based: a(1) = x)</source>
            <translation>La ecuación del curso para este paso (capas numeradas desde 1: a(1) = x)</translation>
        </message>
        <message>
            <source>Rows × columns of every term: Θ(l) is s(l+1) × (s(l) + 1)</source>
            <translation>Filas × columnas de cada término: Θ(l) es s(l+1) × (s(l) + 1)</translation>
        </message>
        <message>
            <source>The numbers of every term; tinted: the bias column / bias entry; blue positive, red negative; large ones elided (⋯, ⋮) with their full shape stated</source>
            <translation>Los números de cada término; sombreado: la columna de sesgo / la entrada de sesgo; azul positivo, rojo negativo; los grandes se abrevian (⋯, ⋮) indicando su forma completa</translation>
        </message>
        <message>
            <source>Batch B:</source>
            <translation>Lote B:</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>Ejemplo:</translation>
        </message>
        <message>
            <source>Nothing to step through: %1</source>
            <translation>Nada que recorrer paso a paso: %1</translation>
        </message>
        <message>
            <source>Update applied: Θ := Θ − α·D. Walking the batch again with the new weights.</source>
            <translation>Actualización aplicada: Θ := Θ − α·D. Se recorre de nuevo el lote con los pesos nuevos.</translation>
        </message>
        <message>
            <source>training example %1</source>
            <translation>ejemplo de entrenamiento %1</translation>
        </message>
        <message>
            <source>, class %1</source>
            <translation>, clase %1</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>Paso %1 / %2</translation>
        </message>
        <message>
            <source>Shapes — </source>
            <translation>Dimensiones — </translation>
        </message>
        <message>
            <source>Batch size B</source>
            <translation>Tamaño del lote B</translation>
        </message>
        <message>
            <source>Example of the batch</source>
            <translation>Ejemplo del lote</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
    </context>
    <context>
        <name>bpui::StepInspectorModel</name>
        <message>
            <source>Input</source>
            <comment>step kind</comment>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Forward</source>
            <comment>step kind</comment>
            <translation>Hacia delante</translation>
        </message>
        <message>
            <source>Output error</source>
            <comment>step kind</comment>
            <translation>Error de salida</translation>
        </message>
        <message>
            <source>Backward</source>
            <comment>step kind</comment>
            <translation>Hacia atrás</translation>
        </message>
        <message>
            <source>Accumulate</source>
            <comment>step kind</comment>
            <translation>Acumular</translation>
        </message>
        <message>
            <source>Gradient</source>
            <comment>step kind</comment>
            <translation>Gradiente</translation>
        </message>
        <message>
            <source>Update</source>
            <comment>step kind</comment>
            <translation>Actualización</translation>
        </message>
        <message>
            <source>Θ(%1) new</source>
            <extracomment>A term's label: keep "Θ(%1)" as it is (it is set as Θ with a superscript).</extracomment>
            <translation>Θ(%1) nueva</translation>
        </message>
        <message>
            <source>Δ(%1) before</source>
            <extracomment>A term's label: keep "Δ(%1)" as it is (it is set as Δ with a superscript).</extracomment>
            <translation>Δ(%1) antes</translation>
        </message>
        <message>
            <source>Δ(%1) after</source>
            <extracomment>A term's label: keep "Δ(%1)" as it is (it is set as Δ with a superscript).</extracomment>
            <translation>Δ(%1) después</translation>
        </message>
        <message>
            <source>No batch</source>
            <translation>Sin lote</translation>
        </message>
        <message>
            <source>layer %1 → %2</source>
            <translation>capa %1 → %2</translation>
        </message>
        <message>
            <source>example %1 of %2</source>
            <translation>ejemplo %1 de %2</translation>
        </message>
        <message>
            <source>whole batch, m = %1</source>
            <translation>lote completo, m = %1</translation>
        </message>
        <message>
            <source>δ(%1) = (Θ(%1)ᵀ δ(%2))[without bias row] .* g′(z(%1)),   g = %3</source>
            <extracomment>An equation: translate only the words in brackets; keep the symbols and the spaces.</extracomment>
            <translation>δ(%1) = (Θ(%1)ᵀ δ(%2))[sin la fila de sesgo] .* g′(z(%1)),   g = %3</translation>
        </message>
        <message>
            <source>D(%1) = Δ(%1) / m + (λ / m) · Θ(%1)   (column 0, the bias: Δ(%1) / m only),   m = %2, λ = %3</source>
            <extracomment>An equation: translate only the words in parentheses; keep the symbols and spaces.</extracomment>
            <translation>D(%1) = Δ(%1) / m + (λ / m) · Θ(%1)   (columna 0, el sesgo: solo Δ(%1) / m),   m = %2, λ = %3</translation>
        </message>
        <message>
            <source>The input layer's units are the example's features (normalised as for training); y is its target, one-hot for classes.</source>
            <translation>Las unidades de la capa de entrada son las características del ejemplo (normalizadas como para el entrenamiento); y es su objetivo, one-hot si hay clases.</translation>
        </message>
        <message>
            <source>Row j of Θ weighs the bias unit 1 (tinted column) and every unit of the layer below into unit j's input z_j; g turns it into the unit's activation.</source>
            <translation>La fila j de Θ pondera la unidad de sesgo 1 (columna sombreada) y cada unidad de la capa inferior para formar la entrada z_j de la unidad j; g la convierte en la activación de la unidad.</translation>
        </message>
        <message>
            <source>With its matching loss (logistic for sigmoid, cross-entropy for softmax, squared error for linear outputs) ∂J/∂z of the output layer is simply a − y.</source>
            <translation>Con su pérdida correspondiente (logística para sigmoide, entropía cruzada para softmax, error cuadrático para salidas lineales), ∂J/∂z de la capa de salida es simplemente a − y.</translation>
        </message>
        <message>
            <source>The error flows back through the same weights, transposed. The bias unit has no input, so its entry (tinted) is dropped; g′(z) scales each unit's share by how sensitive it was.</source>
            <translation>El error fluye hacia atrás por los mismos pesos, traspuestos. La unidad de sesgo no tiene entrada, así que su componente (sombreado) se descarta; g′(z) escala la parte de cada unidad según lo sensible que era.</translation>
        </message>
        <message>
            <source>Each weight's gradient for this example is (error of the unit it feeds) × (activation it carries); Δ sums them over the batch.</source>
            <translation>El gradiente de cada peso para este ejemplo es (error de la unidad a la que alimenta) × (activación que transporta); Δ los suma sobre el lote.</translation>
        </message>
        <message>
            <source>Averaging over the m examples and adding the regularisation gives ∂J/∂Θ. The bias column (tinted) is not regularised.</source>
            <translation>Promediar sobre los m ejemplos y sumar la regularización da ∂J/∂Θ. La columna de sesgo (sombreada) no se regulariza.</translation>
        </message>
        <message>
            <source>One plain gradient-descent step. The project's optimiser may step differently (momentum, Adam, line searches); this is the textbook update.</source>
            <translation>Un paso simple de descenso del gradiente. El optimizador del proyecto puede avanzar de otra forma (momento, Adam, búsquedas lineales); esta es la actualización de libro.</translation>
        </message>
    </context>
    <context>
        <name>bpui::StudioDocks</name>
        <message>
            <source>&amp;Go to</source>
            <translation>&amp;Ir a</translation>
        </message>
        <message>
            <source>&amp;Next open dock</source>
            <translation>Panel abierto &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Previous open dock</source>
            <translation>Panel abierto &amp;anterior</translation>
        </message>
    </context>
    <context>
        <name>bpui::SymmetryDemo</name>
        <message>
            <source>Symmetry and initialisation</source>
            <translation>Simetría e inicialización</translation>
        </message>
        <message>
            <source>Project network and data</source>
            <translation>Red y datos del proyecto</translation>
        </message>
        <message>
            <source>Small demo: 2-4-2 sigmoid on XOR</source>
            <translation>Demo pequeña: sigmoide 2-4-2 sobre XOR</translation>
        </message>
        <message>
            <source>All zeros</source>
            <translation>Todo ceros</translation>
        </message>
        <message>
            <source>All 0.1 (constant)</source>
            <translation>Todo 0.1 (constante)</translation>
        </message>
        <message>
            <source>The symmetric start of the left side. Any start where every hidden unit has the same weights keeps them the same.</source>
            <translation>El inicio simétrico del lado izquierdo. Cualquier inicio en el que todas las unidades ocultas tengan los mismos pesos los mantiene iguales.</translation>
        </message>
        <message>
            <source>Gradient-descent iterations for each side</source>
            <translation>Iteraciones de descenso del gradiente para cada lado</translation>
        </message>
        <message>
            <source>Learning rate α of plain full-batch gradient descent, the same for both sides</source>
            <translation>Tasa de aprendizaje α del descenso del gradiente simple de lote completo, la misma para ambos lados</translation>
        </message>
        <message>
            <source>Train both</source>
            <translation>Entrenar ambos</translation>
        </message>
        <message>
            <source>Train the same network twice with the same data and settings</source>
            <translation>Entrenar la misma red dos veces con los mismos datos y ajustes</translation>
        </message>
        <message>
            <source>Network:</source>
            <translation>Red:</translation>
        </message>
        <message>
            <source>Symmetric start:</source>
            <translation>Inicio simétrico:</translation>
        </message>
        <message>
            <source>Iterations:</source>
            <translation>Iteraciones:</translation>
        </message>
        <message>
            <source>α:</source>
            <translation>α:</translation>
        </message>
        <message>
            <source>Training cost J(Θ) after each gradient-descent iteration</source>
            <translation>Coste de entrenamiento J(Θ) tras cada iteración de descenso del gradiente</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>iteración</translation>
        </message>
        <message>
            <source>J(Θ)</source>
            <translation>J(Θ)</translation>
        </message>
        <message>
            <source>symmetric start</source>
            <translation>inicio simétrico</translation>
        </message>
        <message>
            <source>random start</source>
            <translation>inicio aleatorio</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why:&lt;/b&gt; hidden units that start with identical weights compute identical activations, so backpropagation hands them identical δ terms and identical gradients; every update keeps them identical, and the layer behaves like a single unit however wide it is. Random weights in [−ε, ε] break this symmetry.</source>
            <translation>&lt;b&gt;Por qué:&lt;/b&gt; las unidades ocultas que empiezan con pesos idénticos calculan activaciones idénticas, así que la retropropagación les asigna términos δ idénticos y gradientes idénticos; cada actualización las mantiene idénticas y la capa se comporta como una sola unidad, por ancha que sea. Los pesos aleatorios en [−ε, ε] rompen esta simetría.</translation>
        </message>
        <message>
            <source>First hidden layer's weights Θ(1): one row per hidden unit, column 0 is the bias, column k the weight from input k. Blue positive, orange-red negative, white zero.</source>
            <translation>Pesos de la primera capa oculta Θ(1): una fila por unidad oculta; la columna 0 es el sesgo y la columna k, el peso desde la entrada k. Azul positivo, rojo anaranjado negativo, blanco cero.</translation>
        </message>
        <message>
            <source>input (0 = bias)</source>
            <translation>entrada (0 = sesgo)</translation>
        </message>
        <message>
            <source>hidden unit</source>
            <translation>unidad oculta</translation>
        </message>
        <message>
            <source>Cosine similarity of hidden units' incoming weight rows: cos(i, j) = Θᵢ·Θⱼ / (‖Θᵢ‖ ‖Θⱼ‖). Solid blue everywhere means all units are the same unit.</source>
            <translation>Similitud coseno de las filas de pesos de entrada de las unidades ocultas: cos(i, j) = Θᵢ·Θⱼ / (‖Θᵢ‖ ‖Θⱼ‖). Azul uniforme en todas partes significa que todas las unidades son la misma unidad.</translation>
        </message>
        <message>
            <source>Not trained yet</source>
            <translation>Aún sin entrenar</translation>
        </message>
        <message>
            <source>The project's architecture and training split</source>
            <translation>La arquitectura y la partición de entrenamiento del proyecto</translation>
        </message>
        <message>
            <source>The project's network has no hidden layer or is too large to train twice in a few seconds</source>
            <translation>La red del proyecto no tiene capa oculta o es demasiado grande para entrenarla dos veces en unos segundos</translation>
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation>El entrenamiento falló: %1</translation>
        </message>
        <message>
            <source>constant %1</source>
            <translation>constante %1</translation>
        </message>
        <message>
            <source>zeros</source>
            <translation>ceros</translation>
        </message>
        <message>
            <source>&lt;b&gt;From %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Desde %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;From random weights&lt;/b&gt; (%1, seed %2)</source>
            <translation>&lt;b&gt;Desde pesos aleatorios&lt;/b&gt; (%1, semilla %2)</translation>
        </message>
        <message>
            <source>final J = %1   accuracy = %2&lt;br&gt;max |Θᵢ − Θⱼ| over hidden units = %3</source>
            <translation>J final = %1   exactitud = %2&lt;br&gt;máx. |Θᵢ − Θⱼ| entre unidades ocultas = %3</translation>
        </message>
        <message>
            <source>   (colours span ±%1)</source>
            <translation>   (los colores abarcan ±%1)</translation>
        </message>
        <message>
            <source>   (every weight is 0)</source>
            <translation>   (todos los pesos son 0)</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;i&gt;The gradient was exactly zero: no weight moved at all.&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;El gradiente fue exactamente cero: ningún peso se movió en absoluto.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Cost, symmetric and random starts</source>
            <translation>Coste, inicios simétrico y aleatorio</translation>
        </message>
        <message>
            <source>Θ(1) heat map</source>
            <translation>Mapa de calor de Θ(1)</translation>
        </message>
        <message>
            <source>Similarity of hidden units</source>
            <translation>Similitud de las unidades ocultas</translation>
        </message>
    </context>
    <context>
        <name>bpui::TeachingTools</name>
        <message>
            <source>Step-through inspector</source>
            <translation>Inspector paso a paso</translation>
        </message>
        <message>
            <source>Hidden units</source>
            <translation>Unidades ocultas</translation>
        </message>
        <message>
            <source>Misclassified</source>
            <translation>Mal clasificados</translation>
        </message>
        <message>
            <source>Example %1: the diagram shows its forward pass (unit fill = activation a, blue positive, red negative)</source>
            <translation>Ejemplo %1: el diagrama muestra su propagación hacia delante (relleno de la unidad = activación a, azul positivo, rojo negativo)</translation>
        </message>
        <message>
            <source>Gradient-check &amp;lesson: find the planted bug…</source>
            <translation>Lección de comprobación del &amp;gradiente: encontrar el error introducido…</translation>
        </message>
        <message>
            <source>&amp;Symmetry demo: zero vs random initial weights…</source>
            <translation>Demo de &amp;simetría: pesos iniciales cero frente a aleatorios…</translation>
        </message>
        <message>
            <source>Course &amp;self-test…</source>
            <translation>Autoprueba del &amp;curso…</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>Modo de &amp;presentación</translation>
        </message>
        <message>
            <source>Larger fonts and lines, high contrast, editing docks hidden, full screen (F11)</source>
            <translation>Fuentes y líneas más grandes, alto contraste, paneles de edición ocultos, pantalla completa (F11)</translation>
        </message>
        <message>
            <source>Symmetry breaking: zero vs random initial weights</source>
            <translation>Ruptura de simetría: pesos iniciales cero frente a aleatorios</translation>
        </message>
    </context>
    <context>
        <name>bpui::TimelineView</name>
        <message>
            <source>Pick a run in the Runs dock and move its timeline slider to see the network as it was at that iteration.</source>
            <translation>Elige una ejecución en el panel Ejecuciones y mueve el control deslizante de su línea de tiempo para ver la red tal como era en esa iteración.</translation>
        </message>
        <message>
            <source>Cannot show the timeline: %1</source>
            <translation>No se puede mostrar la línea de tiempo: %1</translation>
        </message>
        <message>
            <source>This run's network (%1 inputs, %2 outputs) does not fit the current data (%3 inputs, %4 outputs).</source>
            <translation>La red de esta ejecución (%1 entradas, %2 salidas) no encaja con los datos actuales (%3 entradas, %4 salidas).</translation>
        </message>
    </context>
    <context>
        <name>bpui::TrainingController</name>
        <message>
            <source>The data changed: training stopped.</source>
            <translation>Los datos cambiaron: entrenamiento detenido.</translation>
        </message>
        <message>
            <source> (the limit counts from each Train).</source>
            <translation> (el límite cuenta desde cada Entrenar).</translation>
        </message>
        <message>
            <source> (the limit of %1 iterations counts from each Train).</source>
            <translation> (el límite de %1 iteraciones cuenta desde cada Entrenar).</translation>
        </message>
        <message>
            <source>Diverged: </source>
            <translation>Divergió: </translation>
        </message>
        <message>
            <source>Finished: </source>
            <translation>Terminado: </translation>
        </message>
        <message>
            <source>Rewound to the weights of iteration %1.</source>
            <translation>Se volvió a los pesos de la iteración %1.</translation>
        </message>
        <message>
            <source>Paused at iteration %1</source>
            <translation>En pausa en la iteración %1</translation>
        </message>
        <message>
            <source>Paused: the cost blew up at iteration %1</source>
            <translation>En pausa: el coste se disparó en la iteración %1</translation>
        </message>
        <message numerus="yes">
            <source>Training goes on with the edited data (%n training example(s)).</source>
            <translation>
                <numerusform>El entrenamiento continúa con los datos editados (%n ejemplo de entrenamiento).</numerusform>
                <numerusform>El entrenamiento continúa con los datos editados (%n ejemplos de entrenamiento).</numerusform>
            </translation>
        </message>
        <message>
            <source>The data changed while paused: Train goes on with the edited data.</source>
            <translation>Los datos cambiaron durante la pausa: Entrenar continúa con los datos editados.</translation>
        </message>
    </context>
    <context>
        <name>bpui::TrainingPanel</name>
        <message>
            <source>Learning rate and λ apply at the next iteration, even while training. Other settings apply at the next Train; a new initialisation resets the weights.</source>
            <translation>La tasa de aprendizaje y λ se aplican en la siguiente iteración, incluso durante el entrenamiento. Los demás ajustes se aplican en el siguiente Entrenar; una nueva inicialización reinicia los pesos.</translation>
        </message>
        <message>
            <source>Optimiser</source>
            <translation>Optimizador</translation>
        </message>
        <message>
            <source>full batch</source>
            <translation>lote completo</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Learning rate α</source>
            <translation>Tasa de aprendizaje α</translation>
        </message>
        <message>
            <source>Regularisation λ</source>
            <translation>Regularización λ</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Tamaño del lote</translation>
        </message>
        <message>
            <source>Momentum μ</source>
            <translation>Momento μ</translation>
        </message>
        <message>
            <source>Adam β₁</source>
            <translation>Adam β₁</translation>
        </message>
        <message>
            <source>Adam β₂</source>
            <translation>Adam β₂</translation>
        </message>
        <message>
            <source>Initialisation</source>
            <translation>Inicialización</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Pesos</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>Budget and stopping</source>
            <translation>Presupuesto y parada</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivada</translation>
        </message>
        <message>
            <source>Early stopping: stop when the validation cost has not improved for this many checks (needs a validation split).</source>
            <translation>Parada temprana: detener cuando el coste de validación no haya mejorado durante este número de comprobaciones (requiere una partición de validación).</translation>
        </message>
        <message>
            <source>Max iterations</source>
            <translation>Máximo de iteraciones</translation>
        </message>
        <message>
            <source>Max epochs</source>
            <translation>Máximo de épocas</translation>
        </message>
        <message>
            <source>Target cost</source>
            <translation>Coste objetivo</translation>
        </message>
        <message>
            <source>Early-stopping patience</source>
            <translation>Paciencia de la parada temprana</translation>
        </message>
        <message>
            <source>Initialisation changed: weights reset.</source>
            <translation>Inicialización cambiada: pesos reiniciados.</translation>
        </message>
    </context>
    <context>
        <name>bpui::TrainingWorker</name>
        <message>
            <source>Training failed with an unknown error.</source>
            <translation>El entrenamiento falló con un error desconocido.</translation>
        </message>
    </context>
    <context>
        <name>bpui::UnitProbe</name>
        <message>
            <source>&lt;small&gt;a over the input plane (x₁ across, x₂ up): blue &amp;gt; 0, orange-red &amp;lt; 0, white 0; colour range ±%1&lt;/small&gt;</source>
            <translation>&lt;small&gt;a sobre el plano de entrada (x₁ en horizontal, x₂ hacia arriba): azul &amp;gt; 0, rojo anaranjado &amp;lt; 0, blanco 0; rango de color ±%1&lt;/small&gt;</translation>
        </message>
        <message>
            <source>input</source>
            <translation>entrada</translation>
        </message>
        <message>
            <source>output, %1</source>
            <translation>salida, %1</translation>
        </message>
        <message>
            <source>hidden, %1</source>
            <translation>oculta, %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;a(%1)&lt;sub&gt;%2&lt;/sub&gt;&lt;/b&gt; — unit %2 of layer %1 (%3)</source>
            <translation>&lt;b&gt;a(%1)&lt;sub&gt;%2&lt;/sub&gt;&lt;/b&gt; — unidad %2 de la capa %1 (%3)</translation>
        </message>
        <message>
            <source>&lt;br&gt;feature “%1” (normalised)</source>
            <translation>&lt;br&gt;característica «%1» (normalizada)</translation>
        </message>
        <message>
            <source>&lt;br&gt;training example 1: a = %1</source>
            <translation>&lt;br&gt;ejemplo de entrenamiento 1: a = %1</translation>
        </message>
        <message>
            <source>&lt;br&gt;mean over the first %1 training examples: %2</source>
            <translation>&lt;br&gt;media sobre los primeros %1 ejemplos de entrenamiento: %2</translation>
        </message>
    </context>
    <context>
        <name>bpui::WeightHeatmaps</name>
        <message>
            <source>Show gradient</source>
            <translation>Mostrar gradiente</translation>
        </message>
        <message>
            <source>Show ∂J/∂Θ(l) from the latest training snapshot instead of the weights Θ(l)</source>
            <translation>Mostrar ∂J/∂Θ(l) de la última instantánea del entrenamiento en lugar de los pesos Θ(l)</translation>
        </message>
        <message>
            <source>Θ(l): row i = unit i of layer l+1, column j = unit j of layer l (column 0, left of the dashed line: the bias unit), so that z(l+1) = Θ(l)·[1; a(l)]. Blue positive, orange-red negative, white zero.</source>
            <translation>Θ(l): fila i = unidad i de la capa l+1, columna j = unidad j de la capa l (columna 0, a la izquierda de la línea discontinua: la unidad de sesgo), de modo que z(l+1) = Θ(l)·[1; a(l)]. Azul positivo, rojo anaranjado negativo, blanco cero.</translation>
        </message>
        <message>
            <source>Hover a cell for its layer, row, column and value</source>
            <translation>Pasa el puntero sobre una celda para ver su capa, fila, columna y valor</translation>
        </message>
        <message>
            <source>Θ(%1) heat map</source>
            <translation>Mapa de calor de Θ(%1)</translation>
        </message>
        <message>
            <source>Θ(%1): layer %1 (%2 units + bias) → layer %3 (%4 units)</source>
            <translation>Θ(%1): capa %1 (%2 unidades + sesgo) → capa %3 (%4 unidades)</translation>
        </message>
        <message>
            <source>column j (0 = bias)</source>
            <translation>columna j (0 = sesgo)</translation>
        </message>
        <message>
            <source>row i</source>
            <translation>fila i</translation>
        </message>
        <message numerus="yes">
            <source>Computing ∂J/∂Θ(l) on the %n training example(s)… Showing the weights meanwhile.</source>
            <translation>
                <numerusform>Calculando ∂J/∂Θ(l) sobre %n ejemplo de entrenamiento… Mientras tanto se muestran los pesos.</numerusform>
                <numerusform>Calculando ∂J/∂Θ(l) sobre los %n ejemplos de entrenamiento… Mientras tanto se muestran los pesos.</numerusform>
            </translation>
        </message>
        <message>
            <source>No gradient yet: it arrives with the training snapshots. Showing the weights.</source>
            <translation>Aún no hay gradiente: llega con las instantáneas del entrenamiento. Se muestran los pesos.</translation>
        </message>
        <message>
            <source>∂J/∂Θ(l) at the published weights; colour range ±max |∂J/∂Θ(l)|.</source>
            <translation>∂J/∂Θ(l) con los últimos pesos publicados por el entrenamiento; rango de color ±max |∂J/∂Θ(l)|.</translation>
        </message>
        <message>
            <source>Weights Θ(l); colour range ±max |Θ(l)| per matrix, white = 0.</source>
            <translation>Pesos Θ(l); rango de color ±max |Θ(l)| por matriz, blanco = 0.</translation>
        </message>
        <message>
            <source>bias of unit %1 of layer %2</source>
            <translation>sesgo de la unidad %1 de la capa %2</translation>
        </message>
        <message>
            <source>from unit %1 of layer %2 to unit %3 of layer %4</source>
            <translation>de la unidad %1 de la capa %2 a la unidad %3 de la capa %4</translation>
        </message>
        <message>
            <source>%1Θ(%2)_{%3,%4} = %5 — layer %2, row %3, column %4 (%6)</source>
            <translation>%1Θ(%2)_{%3,%4} = %5 — capa %2, fila %3, columna %4 (%6)</translation>
        </message>
        <message>
            <source>The weights of layer %1 to layer %2: one row per unit, one column per input, the bias first; blue is positive, orange negative, white zero.</source>
            <translation>Los pesos de la capa %1 a la capa %2: una fila por unidad, una columna por entrada, primero el sesgo; azul es positivo, naranja negativo, blanco cero.</translation>
        </message>
    </context>
    <context>
        <name>bpui::WelcomeScreen</name>
        <message>
            <source>Welcome to Backprop Studio</source>
            <translation>Te damos la bienvenida a Backprop Studio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Backprop Studio&lt;/h2&gt;&lt;p&gt;Draw a network, load data, press &lt;b&gt;Train&lt;/b&gt; and watch backpropagation learn. Start with a lesson, pick up a recent project, or begin from the spiral example.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Te damos la bienvenida a Backprop Studio&lt;/h2&gt;&lt;p&gt;Dibuja una red, carga datos, pulsa &lt;b&gt;Entrenar&lt;/b&gt; y observa cómo aprende la retropropagación. Empieza con una lección, retoma un proyecto reciente o comienza desde el ejemplo de la espiral.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open &amp;lesson</source>
            <translation>Abrir &amp;lección</translation>
        </message>
        <message>
            <source>No recent projects yet.</source>
            <translation>Aún no hay proyectos recientes.</translation>
        </message>
        <message>
            <source>&amp;New project (spiral example)</source>
            <translation>&amp;Nuevo proyecto (ejemplo de la espiral)</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Abrir proyecto…</translation>
        </message>
        <message>
            <source>&amp;Show at startup</source>
            <translation>&amp;Mostrar al iniciar</translation>
        </message>
        <message>
            <source>Also under Help → Welcome screen</source>
            <translation>También en Ayuda → Pantalla de bienvenida</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Proyectos recientes</translation>
        </message>
    </context>
    <context>
        <name>bpui::WindowLayout</name>
        <message>
            <source>&amp;Reset layout</source>
            <translation>&amp;Restablecer la disposición</translation>
        </message>
        <message>
            <source>Put every dock back where a first start puts it, sized for this screen</source>
            <translation>Devolver cada panel al lugar donde lo coloca el primer inicio, con el tamaño adecuado para esta pantalla</translation>
        </message>
    </context>
    <context>
        <name>bpui::WorkflowStrip</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>aún no</translation>
        </message>
        <message>
            <source>The recipe: input size = number of features, output size = number of classes, one hidden layer by default, several hidden layers usually share one size.</source>
            <translation>La receta: tamaño de entrada = número de características, tamaño de salida = número de clases, una capa oculta por defecto; si hay varias capas ocultas, suelen compartir el mismo tamaño.</translation>
        </message>
    </context>
    <context>
        <name>bpui::WorkflowTools</name>
        <message>
            <source>Network editor</source>
            <translation>Editor de red</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Flujo de trabajo</translation>
        </message>
    </context>
    <context>
        <name>bpui::WorkflowTracker</name>
        <message>
            <source>gradient check failed: %1</source>
            <translation>la comprobación del gradiente falló: %1</translation>
        </message>
        <message>
            <source>Choose an architecture</source>
            <translation>Elegir una arquitectura</translation>
        </message>
        <message>
            <source>Initialise the weights randomly</source>
            <translation>Inicializar los pesos al azar</translation>
        </message>
        <message>
            <source>Forward propagation</source>
            <translation>Propagación hacia delante</translation>
        </message>
        <message>
            <source>Cost J(Θ)</source>
            <translation>Coste J(Θ)</translation>
        </message>
        <message>
            <source>Backpropagation</source>
            <translation>Retropropagación</translation>
        </message>
        <message>
            <source>Gradient checking, then off</source>
            <translation>Comprobación del gradiente, y luego desactivarla</translation>
        </message>
        <message>
            <source>Minimise J</source>
            <translation>Minimizar J</translation>
        </message>
        <message>
            <source>Train until convergence</source>
            <translation>Entrenar hasta la convergencia</translation>
        </message>
        <message>
            <source>architecture %1</source>
            <translation>arquitectura %1</translation>
        </message>
        <message>
            <source>not yet: Step (F10), Train or the step-through inspector</source>
            <translation>aún no: Paso (F10), Entrenar o el inspector paso a paso</translation>
        </message>
        <message>
            <source>not yet: Ctrl+G compares backprop with numerical gradients</source>
            <translation>aún no: Ctrl+G compara backprop con gradientes numéricos</translation>
        </message>
        <message>
            <source>not yet: train until J stops improving</source>
            <translation>aún no: entrena hasta que J deje de mejorar</translation>
        </message>
        <message>
            <source>minimise: %1, α = %2</source>
            <translation>minimizar: %1, α = %2</translation>
        </message>
        <message>
            <source>not yet (%1)</source>
            <translation>aún no (%1)</translation>
        </message>
        <message>
            <source>input layer %1 units, the data has %2 features: usually equal</source>
            <translation>capa de entrada de %1 unidades, los datos tienen %2 características: normalmente son iguales</translation>
        </message>
        <message>
            <source>output layer %1 units, the data has %2 classes: usually one per class</source>
            <translation>capa de salida de %1 unidades, los datos tienen %2 clases: normalmente una por clase</translation>
        </message>
        <message>
            <source>no hidden layer: one hidden layer is the usual default</source>
            <translation>sin capa oculta: lo habitual por defecto es una capa oculta</translation>
        </message>
        <message>
            <source>hidden layers of different sizes: usually they share one</source>
            <translation>capas ocultas de distintos tamaños: normalmente comparten uno</translation>
        </message>
        <message>
            <source>forward/backward pass: stepped in the inspector</source>
            <translation>pasada hacia delante/atrás: recorrida en el inspector</translation>
        </message>
        <message>
            <source>ran at iteration %1</source>
            <translation>ejecutada en la iteración %1</translation>
        </message>
        <message>
            <source>converged: relative improvement &lt; %1</source>
            <translation>convergió: mejora relativa &lt; %1</translation>
        </message>
        <message>
            <source>converged: the optimiser converged</source>
            <translation>convergió: el optimizador convergió</translation>
        </message>
        <message>
            <source>converged: J reached the target %1</source>
            <translation>convergió: J alcanzó el objetivo %1</translation>
        </message>
        <message>
            <source>stopped early: the validation cost stopped improving</source>
            <translation>parada temprana: el coste de validación dejó de mejorar</translation>
        </message>
        <message>
            <source>not yet: the last run ended without converging (%1)</source>
            <translation>aún no: la última ejecución terminó sin converger (%1)</translation>
        </message>
        <message>
            <source>gradient check: passed at iteration %1, %2</source>
            <translation>comprobación del gradiente: superada en la iteración %1, %2</translation>
        </message>
        <message>
            <source>gradient check: FAILED at iteration %1, %2 (threshold 1e-9)</source>
            <translation>comprobación del gradiente: FALLÓ en la iteración %1, %2 (umbral 1e-9)</translation>
        </message>
        <message>
            <source> — now turn the periodic check off: it is expensive</source>
            <translation> — ahora desactiva la comprobación periódica: es costosa</translation>
        </message>
    </context>
</TS>
