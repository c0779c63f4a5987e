<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>QObject</name>
        <message>
            <source>Change settings</source>
            <translation>Einstellungen ändern</translation>
        </message>
        <message>
            <source>Change the architecture</source>
            <translation>Architektur ändern</translation>
        </message>
        <message>
            <source>seed %1</source>
            <translation>Seed %1</translation>
        </message>
        <message>
            <source>initialisation: all zeros (not random: the units stay symmetric)</source>
            <translation>Initialisierung: alle null (nicht zufällig: die Einheiten bleiben symmetrisch)</translation>
        </message>
        <message>
            <source>initialisation: one constant (not random: the units stay symmetric)</source>
            <translation>Initialisierung: eine Konstante (nicht zufällig: die Einheiten bleiben symmetrisch)</translation>
        </message>
        <message>
            <source>initialisation: random uniform ±0.12, %1</source>
            <translation>Initialisierung: zufällig gleichverteilt ±0.12, %1</translation>
        </message>
        <message>
            <source>initialisation: random uniform ±%1, %2</source>
            <translation>Initialisierung: zufällig gleichverteilt ±%1, %2</translation>
        </message>
        <message>
            <source>initialisation: random normal (Xavier), %1</source>
            <translation>Initialisierung: zufällig normalverteilt (Xavier), %1</translation>
        </message>
        <message>
            <source>initialisation: random normal (He), %1</source>
            <translation>Initialisierung: zufällig normalverteilt (He), %1</translation>
        </message>
        <message>
            <source>initialisation: %1</source>
            <translation>Initialisierung: %1</translation>
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
            <translation>J (Log-Skala)</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>%1: choose a .png, .svg or .pdf file name</source>
            <translation>%1: Einen Dateinamen mit .png, .svg oder .pdf wählen</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot start training</source>
            <translation>Training kann nicht gestartet werden</translation>
        </message>
        <message>
            <source>not trained yet</source>
            <translation>noch nicht trainiert</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
    </context>
    <context>
        <name>bpui</name>
        <message>
            <source>Stopped at iteration %1</source>
            <translation>Gestoppt bei Iteration %1</translation>
        </message>
        <message>
            <source>Diverged after iteration %1</source>
            <translation>Divergiert nach Iteration %1</translation>
        </message>
        <message>
            <source>Finished: reached the limit of %1 iterations</source>
            <translation>Fertig: Grenze von %1 Iterationen erreicht</translation>
        </message>
        <message>
            <source>Finished: %1 more iterations, %2 in all</source>
            <translation>Fertig: %1 weitere Iterationen, insgesamt %2</translation>
        </message>
        <message>
            <source>Finished: reached the limit of %1 epochs</source>
            <translation>Fertig: Grenze von %1 Epochen erreicht</translation>
        </message>
        <message>
            <source>Finished: %1 more epochs, %2 in all</source>
            <translation>Fertig: %1 weitere Epochen, insgesamt %2</translation>
        </message>
        <message>
            <source>Finished: reached the target cost at iteration %1</source>
            <translation>Fertig: Zielkosten bei Iteration %1 erreicht</translation>
        </message>
        <message>
            <source>Finished: converged at iteration %1</source>
            <translation>Fertig: konvergiert bei Iteration %1</translation>
        </message>
        <message>
            <source>Finished: reached the time limit at iteration %1</source>
            <translation>Fertig: Zeitlimit bei Iteration %1 erreicht</translation>
        </message>
        <message>
            <source>Finished: stopped early at iteration %1</source>
            <translation>Fertig: vorzeitig gestoppt bei Iteration %1</translation>
        </message>
        <message>
            <source>Finished at iteration %1</source>
            <translation>Fertig bei Iteration %1</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training läuft</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Diverged</source>
            <translation>Divergiert</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>bpui::BugQuizDialog</name>
        <message>
            <source>Gradient-check lesson: planted bugs</source>
            <translation>Lektion Gradientenprüfung: eingeschleuste Fehler</translation>
        </message>
        <message>
            <source>Current network</source>
            <translation>Aktuelles Netz</translation>
        </message>
        <message>
            <source>The project's network at its current weights, on its first %1 training examples</source>
            <translation>Das Netz des Projekts mit seinen aktuellen Gewichten, auf seinen ersten %1 Trainingsbeispielen</translation>
        </message>
        <message>
            <source>Course debug network (3-5-3)</source>
            <translation>Debug-Netz des Kurses (3-5-3)</translation>
        </message>
        <message>
            <source>The course's debug problem: Θ and X filled with sin(1…)/10, 5 examples, y = 1 + mod(1…5, 3)</source>
            <translation>Das Debug-Problem des Kurses: Θ und X gefüllt mit sin(1…)/10, 5 Beispiele, y = 1 + mod(1…5, 3)</translation>
        </message>
        <message>
            <source>λ of J's (λ/2m)ΣΘ² term. With λ = 0 a regularised bias column cannot show.</source>
            <translation>λ des Terms (λ/2m)ΣΘ² von J. Bei λ = 0 kann sich eine regularisierte Bias-Spalte nicht zeigen.</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netz</translation>
        </message>
        <message>
            <source>λ:</source>
            <translation>λ:</translation>
        </message>
        <message>
            <source>(hidden during the quiz)</source>
            <translation>(während des Quiz verborgen)</translation>
        </message>
        <message>
            <source>The mistake planted in backprop; the numeric gradient always differentiates the correct J</source>
            <translation>Der in Backprop eingeschleuste Fehler; der numerische Gradient leitet immer das korrekte J ab</translation>
        </message>
        <message>
            <source>Run gradient check</source>
            <translation>Gradientenprüfung ausführen</translation>
        </message>
        <message>
            <source>Compare the (buggy) backprop gradient with (J(θ + ε) − J(θ − ε)) / 2ε, ε = 1e-4, for every parameter</source>
            <translation>Den (fehlerhaften) Backprop-Gradienten für jeden Parameter mit (J(θ + ε) − J(θ − ε)) / 2ε, ε = 1e-4, vergleichen</translation>
        </message>
        <message>
            <source>Planted bug</source>
            <translation>Eingeschleuster Fehler</translation>
        </message>
        <message>
            <source>The hidden bug is drawn with this seed (std::mt19937_64): the same seed plants the same bug, so a class can share one</source>
            <translation>Der verborgene Fehler wird mit diesem Seed gezogen (std::mt19937_64): Derselbe Seed schleust denselben Fehler ein, so kann eine ganze Klasse denselben nutzen</translation>
        </message>
        <message>
            <source>Quiz me</source>
            <translation>Quiz starten</translation>
        </message>
        <message>
            <source>Plant a hidden bug, run the check, and guess which it is</source>
            <translation>Einen verborgenen Fehler einschleusen, die Prüfung ausführen und raten, welcher es ist</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Auflösen</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Seed:</translation>
        </message>
        <message>
            <source>Which bug is planted?</source>
            <translation>Welcher Fehler ist eingeschleust?</translation>
        </message>
        <message>
            <source>Per Θ(l): relative difference ‖num − ana‖ / ‖num + ana‖ of its bias column and of its other weights, where it exceeds the threshold</source>
            <translation>Je Θ(l): relative Differenz ‖num − ana‖ / ‖num + ana‖ seiner Bias-Spalte und seiner übrigen Gewichte, wo sie den Schwellenwert überschreitet</translation>
        </message>
        <message>
            <source>course debug network 3-5-3 (sigmoid), 5 examples</source>
            <translation>Debug-Netz des Kurses 3-5-3 (Sigmoid), 5 Beispiele</translation>
        </message>
        <message>
            <source>current network %1, first %2 training examples</source>
            <translation>aktuelles Netz %1, erste %2 Trainingsbeispiele</translation>
        </message>
        <message>
            <source>3-5-3 sigmoid network, 38 parameters, 5 examples; pass below %1.</source>
            <translation>3-5-3-Sigmoid-Netz, 38 Parameter, 5 Beispiele; bestanden unter %1.</translation>
        </message>
        <message>
            <source>First %1 training examples at the current weights; pass below %2.</source>
            <translation>Erste %1 Trainingsbeispiele bei den aktuellen Gewichten; bestanden unter %2.</translation>
        </message>
        <message>
            <source> λ = 1 because the project's λ is 0: with λ = 0 the regularisation term vanishes, and with it any bias-regularisation bug.</source>
            <translation> λ = 1, weil das λ des Projekts 0 ist: Bei λ = 0 verschwindet der Regularisierungsterm und mit ihm jeder Fehler bei der Bias-Regularisierung.</translation>
        </message>
        <message>
            <source>Hidden during the quiz.</source>
            <translation>Während des Quiz verborgen.</translation>
        </message>
        <message>
            <source> It cannot show on this network: %1.</source>
            <translation> In diesem Netz kann er sich nicht zeigen: %1.</translation>
        </message>
        <message>
            <source>Quiz (seed %1): a bug is hidden in backprop. Read the plot and the table — which Θ, bias column or weights, how large — then choose.</source>
            <translation>Quiz (Seed %1): In Backprop ist ein Fehler versteckt. Diagramm und Tabelle lesen – welches Θ, Bias-Spalte oder übrige Gewichte, wie groß – und dann wählen.</translation>
        </message>
        <message>
            <source>Choose an answer first.</source>
            <translation>Zuerst eine Antwort wählen.</translation>
        </message>
        <message>
            <source>Right! %1</source>
            <translation>Richtig! %1</translation>
        </message>
        <message>
            <source>Wrong: you chose “%1”. The planted bug (seed %2) was %3</source>
            <translation>Falsch: Gewählt wurde „%1“. Der eingeschleuste Fehler (Seed %2) war %3</translation>
        </message>
        <message>
            <source>hidden bug</source>
            <translation>verborgener Fehler</translation>
        </message>
        <message>
            <source>&lt;b style="color:#1a7f37;"&gt;PASS&lt;/b&gt; — %1: relative difference %2 &amp;lt; %3. Backprop agrees with the numeric gradient.</source>
            <translation>&lt;b style="color:#1a7f37;"&gt;BESTANDEN&lt;/b&gt; – %1: relative Differenz %2 &amp;lt; %3. Backprop stimmt mit dem numerischen Gradienten überein.</translation>
        </message>
        <message>
            <source>&lt;b style="color:#b0302a;"&gt;FAIL&lt;/b&gt; — %1: relative difference %2 ≥ %3.</source>
            <translation>&lt;b style="color:#b0302a;"&gt;FEHLGESCHLAGEN&lt;/b&gt; – %1: relative Differenz %2 ≥ %3.</translation>
        </message>
        <message>
            <source>&lt;br&gt;The discrepancy sits in &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>&lt;br&gt;Die Abweichung liegt in &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>bpui::CostPlot</name>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <source>Cost evaluations</source>
            <translation>Kostenauswertungen</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>What the horizontal axis counts</source>
            <translation>Was die horizontale Achse zählt</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Log-Skala</translation>
        </message>
        <message>
            <source>Logarithmic cost axis: shows slow late progress</source>
            <translation>Logarithmische Kostenachse: zeigt langsamen späten Fortschritt</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>Training and validation accuracy on the right axis</source>
            <translation>Trainings- und Validierungsgenauigkeit auf der rechten Achse</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>Show the whole history again and follow new rows (or double-click)</source>
            <translation>Wieder den gesamten Verlauf zeigen und neuen Zeilen folgen (oder Doppelklick)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Cost J(Θ) per history row: drag to pan, wheel to zoom, double-click to fit. Full history kept; drawing is decimated to the lowest and highest value per pixel column.</source>
            <translation>Kosten J(Θ) je Verlaufszeile: Ziehen verschiebt, Mausrad zoomt, Doppelklick passt ein. Der gesamte Verlauf bleibt erhalten; gezeichnet wird je Pixelspalte nur der kleinste und der größte Wert.</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>cost J(Θ)</source>
            <translation>Kosten J(Θ)</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>training cost</source>
            <translation>Trainingskosten</translation>
        </message>
        <message>
            <source>validation cost</source>
            <translation>Validierungskosten</translation>
        </message>
        <message>
            <source>training accuracy</source>
            <translation>Trainingsgenauigkeit</translation>
        </message>
        <message>
            <source>validation accuracy</source>
            <translation>Validierungsgenauigkeit</translation>
        </message>
        <message>
            <source>∞ (off the scale)</source>
            <translation>∞ (außerhalb der Skala)</translation>
        </message>
        <message>
            <source>Against:</source>
            <translation>x-Achse:</translation>
        </message>
        <message>
            <source>The training cost J(θ) after each iteration, and the validation cost when there is a validation split; hover to read a point.</source>
            <translation>Die Trainingskosten J(θ) nach jeder Iteration und die Validierungskosten, wenn es eine Validierungsmenge gibt; mit der Maus auf einen Punkt zeigen, um ihn abzulesen.</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <source>cost evaluations</source>
            <translation>Kostenauswertungen</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
    </context>
    <context>
        <name>bpui::CostReadout</name>
        <message>
            <source>The history row nearest the mouse (from the full, undecimated data)</source>
            <translation>Die Verlaufszeile, die der Maus am nächsten liegt (aus den vollständigen, nicht ausgedünnten Daten)</translation>
        </message>
        <message>
            <source>iteration %1 · epoch %2 · %3 evaluations · %4 s — J(train) = %5</source>
            <translation>Iteration %1 · Epoche %2 · %3 Auswertungen · %4 s – J(Training) = %5</translation>
        </message>
        <message>
            <source>, J(validation) = %1</source>
            <translation>, J(Validierung) = %1</translation>
        </message>
        <message>
            <source>, accuracy %1 %</source>
            <translation>, Genauigkeit %1 %</translation>
        </message>
        <message>
            <source> (validation %1 %)</source>
            <translation> (Validierung %1 %)</translation>
        </message>
    </context>
    <context>
        <name>bpui::CurveDialog</name>
        <message>
            <source>Learning curve</source>
            <translation>Lernkurve</translation>
        </message>
        <message>
            <source>Validation curve</source>
            <translation>Validierungskurve</translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %n point(s).</source>
            <translation>
                <numerusform>Abgebrochen nach %n Punkt.</numerusform>
                <numerusform>Abgebrochen nach %n Punkten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n point(s).</source>
            <translation>
                <numerusform>Fertig: %n Punkt.</numerusform>
                <numerusform>Fertig: %n Punkte.</numerusform>
            </translation>
        </message>
        <message>
            <source>The curve failed: %1</source>
            <translation>Die Kurve ist fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Kept with the project: %n point(s).</source>
            <translation>
                <numerusform>Im Projekt aufbewahrt: %n Punkt.</numerusform>
                <numerusform>Im Projekt aufbewahrt: %n Punkte.</numerusform>
            </translation>
        </message>
        <message>
            <source>J (without the λ term)</source>
            <translation>J (ohne den λ-Term)</translation>
        </message>
        <message>
            <source>accuracy (dashed)</source>
            <translation>Genauigkeit (gestrichelt)</translation>
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
            <translation>Trainingsgenauigkeit</translation>
        </message>
        <message>
            <source>cv accuracy</source>
            <translation>CV-Genauigkeit</translation>
        </message>
        <message>
            <source>lowest J_cv</source>
            <translation>niedrigstes J_cv</translation>
        </message>
        <message>
            <source>Sweep:</source>
            <translation>Variieren:</translation>
        </message>
        <message>
            <source>λ (0, 0.001 … 100)</source>
            <translation>λ (0, 0.001 … 100)</translation>
        </message>
        <message>
            <source>units of the first hidden layer (1 … 128)</source>
            <translation>Einheiten der ersten verborgenen Schicht (1 … 128)</translation>
        </message>
        <message>
            <source>Show test error</source>
            <translation>Testfehler anzeigen</translation>
        </message>
        <message>
            <source>J_test is only shown, never used to choose: choosing on the test set makes its error an optimistic estimate.</source>
            <translation>J_test wird nur angezeigt, nie zur Auswahl verwendet: Eine Auswahl anhand der Testmenge macht deren Fehler zu einer optimistischen Schätzung.</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Use this λ</source>
            <translation>Dieses λ verwenden</translation>
        </message>
        <message>
            <source>Export plot…</source>
            <translation>Diagramm exportieren…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Another curve is running: cancel it first.</source>
            <translation>Eine andere Kurve wird gerade berechnet: zuerst diese abbrechen.</translation>
        </message>
        <message numerus="yes">
            <source>Training %n network(s) on two threads…</source>
            <translation>
                <numerusform>%n Netz wird auf zwei Threads trainiert…</numerusform>
                <numerusform>%n Netze werden auf zwei Threads trainiert…</numerusform>
            </translation>
        </message>
        <message>
            <source>λ is %1 already.</source>
            <translation>λ ist bereits %1.</translation>
        </message>
        <message>
            <source>λ set to %1 (the lowest J_cv).</source>
            <translation>λ auf %1 gesetzt (das niedrigste J_cv).</translation>
        </message>
        <message>
            <source>The layer has %1 units already.</source>
            <translation>Die Schicht hat bereits %1 Einheiten.</translation>
        </message>
        <message>
            <source>Hidden layer %1 set to %2 units (the lowest J_cv).</source>
            <translation>Verborgene Schicht %1 auf %2 Einheiten gesetzt (das niedrigste J_cv).</translation>
        </message>
        <message>
            <source>Applied. Edit → Undo takes it back.</source>
            <translation>Übernommen. Bearbeiten → Rückgängig nimmt es zurück.</translation>
        </message>
        <message>
            <source>Use this size</source>
            <translation>Diese Größe verwenden</translation>
        </message>
        <message>
            <source>m (training examples)</source>
            <translation>m (Trainingsbeispiele)</translation>
        </message>
        <message>
            <source>λ (log scale; λ = 0 drawn at 10⁻⁴)</source>
            <translation>λ (Log-Skala; λ = 0 bei 10⁻⁴ gezeichnet)</translation>
        </message>
        <message>
            <source>units in the hidden layer (log scale)</source>
            <translation>Einheiten der verborgenen Schicht (Log-Skala)</translation>
        </message>
        <message>
            <source>How to read it:
• High bias (underfitting): J_train and J_cv meet, and meet high; more data does not help.
• High variance (overfitting): a gap between a low J_train and a higher J_cv that closes as m grows; more data helps.</source>
            <translation>So wird sie gelesen:
• Hoher Bias (Unteranpassung): J_train und J_cv treffen sich, und zwar weit oben; mehr Daten helfen nicht.
• Hohe Varianz (Überanpassung): eine Lücke zwischen einem niedrigen J_train und einem höheren J_cv, die sich mit wachsendem m schließt; mehr Daten helfen.</translation>
        </message>
        <message>
            <source>This curve: %1</source>
            <translation>Diese Kurve: %1</translation>
        </message>
        <message>
            <source>λ</source>
            <translation>λ</translation>
        </message>
        <message>
            <source>units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>How to read it:
• Small λ: J_train low, J_cv high: high variance.
• Large λ: both high: high bias.
• Choose the λ where J_cv is lowest.</source>
            <translation>So wird sie gelesen:
• Kleines λ: J_train niedrig, J_cv hoch: hohe Varianz.
• Großes λ: beide hoch: hoher Bias.
• Das λ wählen, bei dem J_cv am niedrigsten ist.</translation>
        </message>
        <message>
            <source>How to read it:
• Few units: both J high: high bias.
• Many units: J_train low, J_cv rising: high variance.
• Choose the size where J_cv is lowest.</source>
            <translation>So wird sie gelesen:
• Wenige Einheiten: beide J hoch: hoher Bias.
• Viele Einheiten: J_train niedrig, J_cv steigend: hohe Varianz.
• Die Größe wählen, bei der J_cv am niedrigsten ist.</translation>
        </message>
        <message>
            <source>Lowest J_cv = %1 at %2 = %3 (circled). J_test is never used to choose.</source>
            <translation>Niedrigstes J_cv = %1 bei %2 = %3 (eingekreist). J_test wird nie zur Auswahl verwendet.</translation>
        </message>
        <message>
            <source>Each point: %1 (%2).</source>
            <translation>Jeder Punkt: %1 (%2).</translation>
        </message>
        <message>
            <source>Export plot</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Export curve</source>
            <translation>Kurve exportieren</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV-Tabelle (*.csv)</translation>
        </message>
        <message>
            <source>Plot written to %1</source>
            <translation>Diagramm nach %1 geschrieben</translation>
        </message>
        <message>
            <source>No curve to export yet: press Run.</source>
            <translation>Noch keine Kurve zum Exportieren: Starten drücken.</translation>
        </message>
        <message>
            <source>Curve written to %1</source>
            <translation>Kurve nach %1 geschrieben</translation>
        </message>
        <message>
            <source>Training and validation cost (solid) and accuracy (dashed) at each point of the curve.</source>
            <translation>Trainings- und Validierungskosten (durchgezogen) und Genauigkeit (gestrichelt) an jedem Punkt der Kurve.</translation>
        </message>
    </context>
    <context>
        <name>bpui::DataLoader</name>
        <message>
            <source>loading failed with an unknown error</source>
            <translation>Laden mit einem unbekannten Fehler fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>bpui::DataPainter</name>
        <message>
            <source>Points can be painted on generated data: 2-D classification (xor, circles, gaussians, spiral, moons) or 1-D regression. Pick one in the Data dock.</source>
            <translation>Punkte lassen sich auf erzeugte Daten malen: 2-D-Klassifikation (XOR, Kreise, Gauß-Wolken, Spirale, Halbmonde) oder 1-D-Regression. Eine davon im Dock „Daten“ wählen.</translation>
        </message>
        <message numerus="yes">
            <source>Painted %n point(s)</source>
            <translation>
                <numerusform>%n Punkt gemalt</numerusform>
                <numerusform>%n Punkte gemalt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n point(s)</source>
            <translation>
                <numerusform>%n Punkt entfernt</numerusform>
                <numerusform>%n Punkte entfernt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bpui::DataPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Loading cancelled; the previous data set is kept.</source>
            <translation>Laden abgebrochen; der bisherige Datensatz bleibt erhalten.</translation>
        </message>
        <message>
            <source>Built-in generator</source>
            <translation>Eingebauter Generator</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Neu erzeugen</translation>
        </message>
        <message>
            <source>Generator</source>
            <translation>Generator</translation>
        </message>
        <message>
            <source>Examples (m)</source>
            <translation>Beispiele (m)</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Rauschen</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Open CSV…</source>
            <translation>CSV öffnen…</translation>
        </message>
        <message>
            <source>Open IDX…</source>
            <translation>IDX öffnen…</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-Datei</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Erkennen</translation>
        </message>
        <message>
            <source>First row is a header</source>
            <translation>Erste Zeile ist Kopfzeile</translation>
        </message>
        <message>
            <source>No header</source>
            <translation>Keine Kopfzeile</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klassifikation</translation>
        </message>
        <message>
            <source>Regression</source>
            <translation>Regression</translation>
        </message>
        <message>
            <source>Load with these settings</source>
            <translation>Mit diesen Einstellungen laden</translation>
        </message>
        <message>
            <source>Label column</source>
            <translation>Label-Spalte</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Kopfzeile</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Preprocessing</source>
            <translation>Vorverarbeitung</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Standardise (z-score)</source>
            <translation>Standardisieren (z-Score)</translation>
        </message>
        <message>
            <source>Min–max to [0, 1]</source>
            <translation>Min–Max auf [0, 1]</translation>
        </message>
        <message>
            <source>Normalisation</source>
            <translation>Normalisierung</translation>
        </message>
        <message>
            <source>Validation fraction</source>
            <translation>Validierungsanteil</translation>
        </message>
        <message>
            <source>Test fraction</source>
            <translation>Testanteil</translation>
        </message>
        <message>
            <source>Split seed</source>
            <translation>Seed der Aufteilung</translation>
        </message>
        <message>
            <source>
The previous data set is kept.</source>
            <translation>
Der bisherige Datensatz bleibt erhalten.</translation>
        </message>
        <message>
            <source>Loaded %1 examples: the network's input and output layers follow the data, weights reset.</source>
            <translation>%1 Beispiele geladen: Eingabe- und Ausgabeschicht des Netzes folgen den Daten, Gewichte zurückgesetzt.</translation>
        </message>
        <message>
            <source>Open CSV data</source>
            <translation>CSV-Daten öffnen</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>IDX files (*-ubyte *.idx* *.gz);;All files (*)</source>
            <translation>IDX-Dateien (*-ubyte *.idx* *.gz);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open IDX images</source>
            <translation>IDX-Bilder öffnen</translation>
        </message>
        <message>
            <source>Open IDX labels</source>
            <translation>IDX-Labels öffnen</translation>
        </message>
        <message>
            <source>CSV file: %1</source>
            <translation>CSV-Datei: %1</translation>
        </message>
        <message>
            <source>Detect (found a header)</source>
            <translation>Erkennen (Kopfzeile gefunden)</translation>
        </message>
        <message>
            <source>Detect (no header found)</source>
            <translation>Erkennen (keine Kopfzeile gefunden)</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>Built-in generator (not in use)</source>
            <translation>Eingebauter Generator (nicht in Gebrauch)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data:&lt;/b&gt; generator %1</source>
            <translation>&lt;b&gt;Daten:&lt;/b&gt; Generator %1</translation>
        </message>
        <message>
            <source>, &lt;b&gt;edited&lt;/b&gt;</source>
            <translation>, &lt;b&gt;bearbeitet&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Points were painted or removed on the Prediction plot. The project saves the points themselves; Regenerate discards the edits.</source>
            <translation>Im Vorhersage-Diagramm wurden Punkte gemalt oder entfernt. Das Projekt speichert die Punkte selbst; „Neu erzeugen“ verwirft die Änderungen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data:&lt;/b&gt; CSV file %1</source>
            <translation>&lt;b&gt;Daten:&lt;/b&gt; CSV-Datei %1</translation>
        </message>
        <message>
            <source>, label column %1</source>
            <translation>, Label-Spalte %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data:&lt;/b&gt; IDX files %1 and %2</source>
            <translation>&lt;b&gt;Daten:&lt;/b&gt; IDX-Dateien %1 und %2</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;m = %2 examples · %3 features</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;m = %2 Beispiele · %3 Merkmale</translation>
        </message>
        <message>
            <source> (%1 × %2 images)</source>
            <translation> (%1 × %2 Bilder)</translation>
        </message>
        <message>
            <source> · %1 classes&lt;br&gt;Class balance: </source>
            <translation> · %1 Klassen&lt;br&gt;Klassenverteilung: </translation>
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
            <translation> · Regression, %1 Zielgröße(n)</translation>
        </message>
        <message>
            <source>&lt;br&gt;Split: train %1 · validation %2 · test %3</source>
            <translation>&lt;br&gt;Aufteilung: Training %1 · Validierung %2 · Test %3</translation>
        </message>
    </context>
    <context>
        <name>bpui::DataPreview</name>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>The loaded examples by their first two inputs, coloured by class.</source>
            <translation>Die geladenen Beispiele nach ihren ersten beiden Eingaben, nach Klasse gefärbt.</translation>
        </message>
    </context>
    <context>
        <name>bpui::DiagnoseTools</name>
        <message>
            <source>&amp;Diagnose</source>
            <translation>D&amp;iagnose</translation>
        </message>
        <message>
            <source>&amp;Learning curve…</source>
            <translation>&amp;Lernkurve…</translation>
        </message>
        <message>
            <source>J_train and J_cv against the number of training examples: high bias or high variance?</source>
            <translation>J_train und J_cv gegen die Anzahl der Trainingsbeispiele: hoher Bias oder hohe Varianz?</translation>
        </message>
        <message>
            <source>&amp;Validation curve…</source>
            <translation>&amp;Validierungskurve…</translation>
        </message>
        <message>
            <source>J_train and J_cv against λ or the hidden layer's size; use the best one</source>
            <translation>J_train und J_cv gegen λ oder die Größe der verborgenen Schicht; den besten Wert übernehmen</translation>
        </message>
    </context>
    <context>
        <name>bpui::DisplayNames</name>
        <message>
            <source>Gradient descent</source>
            <comment>optimiser</comment>
            <translation>Gradientenabstieg</translation>
        </message>
        <message>
            <source>Momentum</source>
            <comment>optimiser</comment>
            <translation>Momentum</translation>
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
            <translation>Konjugierte Gradienten</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <comment>activation function</comment>
            <translation>Sigmoid</translation>
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
            <translation>linear</translation>
        </message>
        <message>
            <source>softmax</source>
            <comment>activation function</comment>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>uniform</source>
            <comment>weight initialisation: U[−ε, ε], ε = √6 / √(s_l + s_{l+1})</comment>
            <translation>gleichverteilt ±ε</translation>
        </message>
        <message>
            <source>uniform012</source>
            <comment>weight initialisation: U[−0.12, 0.12]</comment>
            <translation>gleichverteilt ±0.12</translation>
        </message>
        <message>
            <source>xavier</source>
            <comment>weight initialisation: Xavier normal</comment>
            <translation>Xavier (normalverteilt)</translation>
        </message>
        <message>
            <source>he</source>
            <comment>weight initialisation: He normal</comment>
            <translation>He (normalverteilt)</translation>
        </message>
        <message>
            <source>zeros</source>
            <comment>weight initialisation: all 0</comment>
            <translation>Nullen</translation>
        </message>
        <message>
            <source>constant</source>
            <comment>weight initialisation: all one value</comment>
            <translation>konstant</translation>
        </message>
        <message>
            <source>xor</source>
            <comment>data set generator: four XOR clusters</comment>
            <translation>XOR</translation>
        </message>
        <message>
            <source>circles</source>
            <comment>data set generator: two nested rings</comment>
            <translation>Kreise</translation>
        </message>
        <message>
            <source>gaussians</source>
            <comment>data set generator: Gaussian blobs</comment>
            <translation>Gauß-Wolken</translation>
        </message>
        <message>
            <source>spiral</source>
            <comment>data set generator: spiral arms</comment>
            <translation>Spirale</translation>
        </message>
        <message>
            <source>moons</source>
            <comment>data set generator: two half-moons</comment>
            <translation>Halbmonde</translation>
        </message>
        <message>
            <source>regression1d</source>
            <comment>data set generator: regression, one input</comment>
            <translation>Regression 1D</translation>
        </message>
        <message>
            <source>regression2d</source>
            <comment>data set generator: regression, two inputs</comment>
            <translation>Regression 2D</translation>
        </message>
        <message>
            <source>iteration limit reached</source>
            <comment>how a run ended</comment>
            <translation>Iterationsgrenze erreicht</translation>
        </message>
        <message>
            <source>epoch limit reached</source>
            <comment>how a run ended</comment>
            <translation>Epochengrenze erreicht</translation>
        </message>
        <message>
            <source>target cost reached</source>
            <comment>how a run ended</comment>
            <translation>Zielkosten erreicht</translation>
        </message>
        <message>
            <source>converged</source>
            <comment>how a run ended</comment>
            <translation>konvergiert</translation>
        </message>
        <message>
            <source>time limit reached</source>
            <comment>how a run ended</comment>
            <translation>Zeitlimit erreicht</translation>
        </message>
        <message>
            <source>stopped early</source>
            <comment>how a run ended</comment>
            <translation>vorzeitig gestoppt</translation>
        </message>
        <message>
            <source>diverged</source>
            <comment>how a run ended</comment>
            <translation>divergiert</translation>
        </message>
        <message>
            <source>cancelled</source>
            <comment>how a run ended</comment>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>stopped</source>
            <comment>how a run ended</comment>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>the gradient became non-finite at the initial weights</source>
            <translation>der Gradient wurde bei den Anfangsgewichten nicht endlich</translation>
        </message>
        <message>
            <source>cost became %1 at the initial weights</source>
            <translation>die Kosten wurden bei den Anfangsgewichten %1</translation>
        </message>
        <message>
            <source>check the data for missing or huge values</source>
            <translation>die Daten auf fehlende oder riesige Werte prüfen</translation>
        </message>
        <message>
            <source>the gradient became non-finite at iteration %1</source>
            <translation>der Gradient wurde bei Iteration %1 nicht endlich</translation>
        </message>
        <message>
            <source>cost became %1 at iteration %2</source>
            <translation>die Kosten wurden bei Iteration %2 %1</translation>
        </message>
        <message>
            <source>the line search reached weights where the cost overflows</source>
            <translation>die Liniensuche hat Gewichte erreicht, bei denen die Kosten überlaufen</translation>
        </message>
        <message>
            <source>the learning rate %1 is probably too high</source>
            <translation>die Lernrate %1 ist wahrscheinlich zu hoch</translation>
        </message>
        <message>
            <source>restored the weights of iteration %1</source>
            <translation>Gewichte von Iteration %1 wiederhergestellt</translation>
        </message>
        <message>
            <source>reached the target cost %1 at iteration %2</source>
            <translation>Zielkosten %1 bei Iteration %2 erreicht</translation>
        </message>
        <message>
            <source>converged: the cost changed by less than %1 (relative) at iteration %2</source>
            <translation>konvergiert: Die Kosten änderten sich bei Iteration %2 um weniger als %1 (relativ)</translation>
        </message>
        <message>
            <source>early stopping: the validation cost has not improved for %1 checks</source>
            <translation>vorzeitiges Stoppen: Die Validierungskosten haben sich %1 Prüfungen lang nicht verbessert</translation>
        </message>
        <message>
            <source>restored the weights of iteration %1 (validation cost %2)</source>
            <translation>Gewichte von Iteration %1 wiederhergestellt (Validierungskosten %2)</translation>
        </message>
        <message>
            <source>reached the limit of %1 iterations</source>
            <translation>Grenze von %1 Iterationen erreicht</translation>
        </message>
        <message>
            <source>reached the limit of %1 epochs</source>
            <translation>Grenze von %1 Epochen erreicht</translation>
        </message>
        <message>
            <source>reached the time limit of %1 s</source>
            <translation>Zeitlimit von %1 s erreicht</translation>
        </message>
        <message>
            <source>stopped on request after iteration %1</source>
            <translation>auf Anforderung nach Iteration %1 gestoppt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>kept the weights of iteration %1</source>
            <translation>Gewichte von Iteration %1 behalten</translation>
        </message>
        <message>
            <source>cancelled before the first evaluation</source>
            <translation>vor der ersten Auswertung abgebrochen</translation>
        </message>
        <message>
            <source>the weights are unchanged</source>
            <translation>die Gewichte sind unverändert</translation>
        </message>
        <message>
            <source>Training was stopped.</source>
            <translation>Das Training wurde gestoppt.</translation>
        </message>
        <message>
            <source>L-BFGS converged: the gradient norm fell below %1</source>
            <translation>L-BFGS konvergiert: Die Gradientennorm fiel unter %1</translation>
        </message>
        <message>
            <source>L-BFGS converged: its line search cannot lower the cost any further (%1)</source>
            <translation>L-BFGS konvergiert: Seine Liniensuche kann die Kosten nicht weiter senken (%1)</translation>
        </message>
        <message>
            <source>conjugate gradient converged: the gradient is zero</source>
            <translation>konjugierte Gradienten konvergiert: Der Gradient ist null</translation>
        </message>
        <message>
            <source>conjugate gradient converged: two line searches in a row found no lower cost</source>
            <translation>konjugierte Gradienten konvergiert: Zwei Liniensuchen in Folge fanden keine niedrigeren Kosten</translation>
        </message>
        <message>
            <source>infinite</source>
            <comment>an overflowed cost</comment>
            <translation>unendlich</translation>
        </message>
        <message>
            <source>High variance (overfitting): at m = %1 J_cv = %2 stays well above J_train = %3. The gap is closing: more data should help; so would a larger λ or a smaller network.</source>
            <translation>Hohe Varianz (Überanpassung): Bei m = %1 bleibt J_cv = %2 deutlich über J_train = %3. Die Lücke schließt sich: Mehr Daten sollten helfen, ebenso ein größeres λ oder ein kleineres Netz.</translation>
        </message>
        <message>
            <source>High variance (overfitting): at m = %1 J_cv = %2 stays well above J_train = %3. The gap is not closing yet: try a larger λ or a smaller network; more data may help.</source>
            <translation>Hohe Varianz (Überanpassung): Bei m = %1 bleibt J_cv = %2 deutlich über J_train = %3. Die Lücke schließt sich noch nicht: ein größeres λ oder ein kleineres Netz versuchen; mehr Daten können helfen.</translation>
        </message>
        <message>
            <source>High bias (underfitting): the curves meet high (J_train = %1, J_cv = %2 at m = %3). More data will not help; try a larger network, more features or a smaller λ.</source>
            <translation>Hoher Bias (Unteranpassung): Die Kurven treffen sich weit oben (J_train = %1, J_cv = %2 bei m = %3). Mehr Daten helfen nicht; ein größeres Netz, mehr Merkmale oder ein kleineres λ versuchen.</translation>
        </message>
        <message>
            <source>Neither high bias nor high variance: the curves meet low (J_train = %1, J_cv = %2 at m = %3).</source>
            <translation>Weder hoher Bias noch hohe Varianz: Die Kurven treffen sich weit unten (J_train = %1, J_cv = %2 bei m = %3).</translation>
        </message>
    </context>
    <context>
        <name>bpui::DivergenceGuard</name>
        <message>
            <source>&amp;Rewind</source>
            <translation>&amp;Zurückspulen</translation>
        </message>
        <message>
            <source>Rewind, α ÷ 10</source>
            <translation>Zurückspulen, α ÷ 10</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training paused: the cost blew up.&lt;/b&gt; It rose from %1 at iteration %2 to %3 at iteration %4.</source>
            <translation>&lt;b&gt;Training pausiert: Die Kosten sind explodiert.&lt;/b&gt; Sie stiegen von %1 bei Iteration %2 auf %3 bei Iteration %4.</translation>
        </message>
        <message>
            <source>cost blew up</source>
            <translation>Kosten explodiert</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training stopped: the cost turned non-finite.&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Training gestoppt: Die Kosten sind nicht mehr endlich.&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>non-finite cost</source>
            <translation>nicht endliche Kosten</translation>
        </message>
        <message>
            <source> &lt;b&gt;Rewind&lt;/b&gt; restores the weights of iteration %1 (cost %2).</source>
            <translation> &lt;b&gt;Zurückspulen&lt;/b&gt; stellt die Gewichte von Iteration %1 wieder her (Kosten %2).</translation>
        </message>
        <message>
            <source>Likely cause: the learning rate α = %1 is too high. Each step Θ := Θ − α·D overshoots the valley of J, lands higher on the other side, and the overshoots grow. Try α ≤ %2.</source>
            <translation>Wahrscheinliche Ursache: Die Lernrate α = %1 ist zu hoch. Jeder Schritt Θ := Θ − α·D schießt über das Tal von J hinaus, landet auf der anderen Seite höher, und das Überschießen wächst. α ≤ %2 versuchen.</translation>
        </message>
        <message>
            <source>Likely cause: the learning rate α = %1 is too high, or the momentum μ = %2 too close to 1: the velocity keeps pushing past the minimum. Try α ≤ %3.</source>
            <translation>Wahrscheinliche Ursache: Die Lernrate α = %1 ist zu hoch oder das Momentum μ = %2 zu nahe an 1: Die Geschwindigkeit schiebt immer wieder über das Minimum hinaus. α ≤ %3 versuchen.</translation>
        </message>
        <message>
            <source>Likely cause: the learning rate α = %1 is too high for Adam, whose steps are about α in every direction whatever the gradient's size. Try α ≤ %2.</source>
            <translation>Wahrscheinliche Ursache: Die Lernrate α = %1 ist zu hoch für Adam, dessen Schritte unabhängig von der Größe des Gradienten in jede Richtung etwa α betragen. α ≤ %2 versuchen.</translation>
        </message>
        <message>
            <source>Likely cause: the line search reached weights where the cost overflows, usually because the inputs are on very different scales. Normalise the data (Data panel) or raise λ.</source>
            <translation>Wahrscheinliche Ursache: Die Liniensuche hat Gewichte erreicht, bei denen die Kosten überlaufen, meist weil die Eingaben auf sehr unterschiedlichen Skalen liegen. Die Daten normalisieren (Dock „Daten“) oder λ erhöhen.</translation>
        </message>
        <message>
            <source> The inputs are not normalised, which makes this more likely.</source>
            <translation> Die Eingaben sind nicht normalisiert, was das wahrscheinlicher macht.</translation>
        </message>
    </context>
    <context>
        <name>bpui::EngineMessages</name>
        <message>
            <source>line %1</source>
            <comment>where in a file</comment>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <comment>where in a file</comment>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>column %1</source>
            <comment>where in a file</comment>
            <translation>Spalte %1</translation>
        </message>
        <message>
            <source>layer %1</source>
            <comment>which layer of a network, input = 1</comment>
            <translation>Schicht %1</translation>
        </message>
        <message>
            <source>training</source>
            <comment>the source of an error</comment>
            <translation>Training</translation>
        </message>
        <message>
            <source>project</source>
            <comment>the source of an error</comment>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>model</source>
            <comment>the source of an error</comment>
            <translation>Modell</translation>
        </message>
        <message>
            <source>architecture</source>
            <comment>the source of an error</comment>
            <translation>Architektur</translation>
        </message>
        <message>
            <source>features</source>
            <comment>the source of an error</comment>
            <translation>Merkmale</translation>
        </message>
        <message>
            <source>data</source>
            <comment>the source of an error</comment>
            <translation>Daten</translation>
        </message>
        <message>
            <source>gradient check</source>
            <comment>the source of an error</comment>
            <translation>Gradientenprüfung</translation>
        </message>
        <message>
            <source>generator %1</source>
            <comment>the source of an error; %1 is its quoted name</comment>
            <translation>Generator %1</translation>
        </message>
        <message>
            <source>data spec %1</source>
            <comment>the source of an error; %1 is the quoted spec</comment>
            <translation>Datenangabe %1</translation>
        </message>
        <message>
            <source>a JSON object</source>
            <comment>JSON value kind</comment>
            <translation>ein JSON-Objekt</translation>
        </message>
        <message>
            <source>an object</source>
            <comment>JSON value kind</comment>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>an array</source>
            <comment>JSON value kind</comment>
            <translation>ein Array</translation>
        </message>
        <message>
            <source>a string</source>
            <comment>JSON value kind</comment>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>a boolean</source>
            <comment>JSON value kind</comment>
            <translation>ein Wahrheitswert</translation>
        </message>
        <message>
            <source>an integer</source>
            <comment>JSON value kind</comment>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number</source>
            <comment>JSON value kind</comment>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>null</source>
            <comment>JSON value kind</comment>
            <translation>null</translation>
        </message>
        <message>
            <source>nothing</source>
            <comment>JSON value kind</comment>
            <translation>nichts</translation>
        </message>
        <message>
            <source>binary data</source>
            <comment>JSON value kind</comment>
            <translation>Binärdaten</translation>
        </message>
        <message>
            <source>an integer seed</source>
            <comment>JSON value kind</comment>
            <translation>ein ganzzahliger Seed</translation>
        </message>
        <message>
            <source>a number, null, "inf" or "-inf"</source>
            <comment>JSON value kind</comment>
            <translation>eine Zahl, null, "inf" oder "-inf"</translation>
        </message>
        <message>
            <source>an array (one entry per row)</source>
            <comment>JSON value kind</comment>
            <translation>ein Array (ein Eintrag je Zeile)</translation>
        </message>
        <message>
            <source>an array (one entry per sample)</source>
            <comment>JSON value kind</comment>
            <translation>ein Array (ein Eintrag je Messpunkt)</translation>
        </message>
        <message>
            <source>an array of activation names</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Aktivierungsnamen</translation>
        </message>
        <message>
            <source>an array of class indices</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Klassenindizes</translation>
        </message>
        <message>
            <source>an array of curves</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Kurven</translation>
        </message>
        <message>
            <source>an array of layer sizes</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Schichtgrößen</translation>
        </message>
        <message>
            <source>an array of numbers (m, λ or units)</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Zahlen (m, λ oder Einheiten)</translation>
        </message>
        <message>
            <source>an array of numbers (one per layer)</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Zahlen (eine je Schicht)</translation>
        </message>
        <message>
            <source>an array of numbers</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Zahlen</translation>
        </message>
        <message>
            <source>an array of points</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Punkten</translation>
        </message>
        <message>
            <source>an array of rows of numbers</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Zahlenzeilen</translation>
        </message>
        <message>
            <source>an array of runs</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Läufen</translation>
        </message>
        <message>
            <source>an array of snapshots</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Schnappschüssen</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <comment>JSON value kind</comment>
            <translation>ein Array von Zeichenketten</translation>
        </message>
        <message>
            <source>null or an array of feature names</source>
            <comment>JSON value kind</comment>
            <translation>null oder ein Array von Merkmalsnamen</translation>
        </message>
        <message>
            <source>null or an object</source>
            <comment>JSON value kind</comment>
            <translation>null oder ein Objekt</translation>
        </message>
        <message>
            <source>a model file</source>
            <comment>what a JSON file should be</comment>
            <translation>eine Modelldatei</translation>
        </message>
        <message>
            <source>a project file</source>
            <comment>what a JSON file should be</comment>
            <translation>eine Projektdatei</translation>
        </message>
        <message>
            <source>tab</source>
            <comment>the tab character as a CSV delimiter</comment>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>the memory budget of %1 (set by the program)</source>
            <comment>%1 is a size such as 7.6 GiB</comment>
            <translation>das Speicherbudget von %1 (vom Programm gesetzt)</translation>
        </message>
        <message>
            <source>the memory budget of %1 (set by BPS_MEMORY_BUDGET)</source>
            <comment>%1 is a size such as 7.6 GiB</comment>
            <translation>das Speicherbudget von %1 (gesetzt durch BPS_MEMORY_BUDGET)</translation>
        </message>
        <message>
            <source>the memory budget of %1 (physical memory unknown)</source>
            <comment>%1 is a size such as 7.6 GiB</comment>
            <translation>das Speicherbudget von %1 (physischer Speicher unbekannt)</translation>
        </message>
        <message>
            <source>the memory budget of %1 (half of the %2 of physical memory)</source>
            <comment>%1, %2 are sizes such as 7.6 GiB</comment>
            <translation>das Speicherbudget von %1 (die Hälfte der %2 physischen Speichers)</translation>
        </message>
        <message>
            <source>weights and gradient %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>Gewichte und Gradient %1</translation>
        </message>
        <message>
            <source>no optimiser state %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>kein Optimiererzustand %1</translation>
        </message>
        <message>
            <source>momentum velocity %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>Momentum-Geschwindigkeit %1</translation>
        </message>
        <message>
            <source>Adam moments %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>Adam-Momente %1</translation>
        </message>
        <message>
            <source>L-BFGS history %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>L-BFGS-Verlauf %1</translation>
        </message>
        <message>
            <source>conjugate-gradient vectors %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>Vektoren des konjugierten Gradienten %1</translation>
        </message>
        <message>
            <source>activations and deltas of %1-example chunks %2</source>
            <comment>memory estimate; %1 is a count, %2 a size</comment>
            <translation>Aktivierungen und Deltas von Blöcken zu %1 Beispielen %2</translation>
        </message>
        <message>
            <source>encoded targets %1</source>
            <comment>memory estimate; %1 is a size</comment>
            <translation>kodierte Zielwerte %1</translation>
        </message>
        <message>
            <source>invalid delimiter %1</source>
            <comment>error reading a CSV file</comment>
            <translation>ungültiges Trennzeichen %1</translation>
        </message>
        <message>
            <source>empty file</source>
            <comment>error reading a CSV file</comment>
            <translation>leere Datei</translation>
        </message>
        <message>
            <source>no data rows (only a header)</source>
            <comment>error reading a CSV file</comment>
            <translation>keine Datenzeilen (nur eine Kopfzeile)</translation>
        </message>
        <message>
            <source>no data rows (only a header or blank lines)</source>
            <comment>error reading a CSV file</comment>
            <translation>keine Datenzeilen (nur eine Kopfzeile oder Leerzeilen)</translation>
        </message>
        <message>
            <source>only 1 column (delimiter %1): need at least one feature column besides the label</source>
            <comment>error reading a CSV file</comment>
            <translation>nur 1 Spalte (Trennzeichen %1): neben dem Label ist mindestens eine Merkmalsspalte nötig</translation>
        </message>
        <message>
            <source>unknown label column %1 (the file has %2 columns; use a header name or a 0-based index)</source>
            <comment>error reading a CSV file</comment>
            <translation>unbekannte Label-Spalte %1 (die Datei hat %2 Spalten; einen Namen aus der Kopfzeile oder einen 0-basierten Index angeben)</translation>
        </message>
        <message>
            <source>unknown label column %1 (the file has %2 columns and no header; use a 0-based index)</source>
            <comment>error reading a CSV file</comment>
            <translation>unbekannte Label-Spalte %1 (die Datei hat %2 Spalten und keine Kopfzeile; einen 0-basierten Index angeben)</translation>
        </message>
        <message>
            <source>expected %1 fields, found %2</source>
            <comment>error reading a CSV file</comment>
            <translation>%1 Felder erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>expected a class label, found an empty cell</source>
            <comment>error reading a CSV file</comment>
            <translation>Klassen-Label erwartet, leere Zelle gefunden</translation>
        </message>
        <message>
            <source>more than %1 distinct labels: is this a regression target? (use task=regression)</source>
            <comment>error reading a CSV file</comment>
            <translation>mehr als %1 verschiedene Labels: Ist das ein Regressionsziel? (task=regression verwenden)</translation>
        </message>
        <message>
            <source>expected a number, found an empty cell</source>
            <comment>error reading a CSV file</comment>
            <translation>Zahl erwartet, leere Zelle gefunden</translation>
        </message>
        <message>
            <source>expected a number, found %1</source>
            <comment>error reading a CSV file</comment>
            <translation>Zahl erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected a finite number, found %1</source>
            <comment>error reading a CSV file</comment>
            <translation>endliche Zahl erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>only one class (%1) in the label column: classification needs at least 2 (or use task=regression)</source>
            <comment>error reading a CSV file</comment>
            <translation>nur eine Klasse (%1) in der Label-Spalte: Klassifikation braucht mindestens 2 (oder task=regression verwenden)</translation>
        </message>
        <message>
            <source>found a NUL byte: this is a binary file, not CSV text</source>
            <comment>error reading a CSV file</comment>
            <translation>NUL-Byte gefunden: Das ist eine Binärdatei, kein CSV-Text</translation>
        </message>
        <message>
            <source>invalid UTF-8 (byte %1): save the file as UTF-8</source>
            <comment>error reading a CSV file</comment>
            <translation>ungültiges UTF-8 (Byte %1): die Datei als UTF-8 speichern</translation>
        </message>
        <message>
            <source>is a directory, not a CSV file</source>
            <comment>error reading a CSV file</comment>
            <translation>ist ein Ordner, keine CSV-Datei</translation>
        </message>
        <message>
            <source>cannot open file: %1</source>
            <comment>error reading a CSV file</comment>
            <translation>Datei kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>file is larger than %1 MiB: too big to load into memory</source>
            <comment>error reading a CSV file</comment>
            <translation>Datei ist größer als %1 MiB: zu groß zum Laden in den Speicher</translation>
        </message>
        <message>
            <source>read error</source>
            <comment>error reading a CSV file</comment>
            <translation>Lesefehler</translation>
        </message>
        <message>
            <source>line longer than 1 MiB: this does not look like a CSV file</source>
            <comment>error reading a CSV file</comment>
            <translation>Zeile länger als 1 MiB: Das sieht nicht nach einer CSV-Datei aus</translation>
        </message>
        <message>
            <source>unterminated quoted field (missing closing '"')</source>
            <comment>error reading a CSV file</comment>
            <translation>nicht abgeschlossenes Feld in Anführungszeichen (schließendes '"' fehlt)</translation>
        </message>
        <message>
            <source>unexpected text after a closing quote</source>
            <comment>error reading a CSV file</comment>
            <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
        </message>
        <message>
            <source>is a directory, not an IDX file</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>ist ein Ordner, keine IDX-Datei</translation>
        </message>
        <message>
            <source>corrupt or truncated gzip data (zlib: %1)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>beschädigte oder abgeschnittene gzip-Daten (zlib: %1)</translation>
        </message>
        <message>
            <source>corrupt gzip data (zlib: %1)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>beschädigte gzip-Daten (zlib: %1)</translation>
        </message>
        <message>
            <source>truncated: too short for an IDX header</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>abgeschnitten: zu kurz für einen IDX-Kopf</translation>
        </message>
        <message>
            <source>this is an IDX labels file, magic %1 (expected %2 for IDX images): are the two files swapped?</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>das ist eine IDX-Label-Datei, Magic %1 (erwartet %2 für IDX-Bilder): Sind die beiden Dateien vertauscht?</translation>
        </message>
        <message>
            <source>this is an IDX images file, magic %1 (expected %2 for IDX labels): are the two files swapped?</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>das ist eine IDX-Bilddatei, Magic %1 (erwartet %2 für IDX-Labels): Sind die beiden Dateien vertauscht?</translation>
        </message>
        <message>
            <source>not an IDX file: bad magic number %1 (expected %2 for IDX images)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>keine IDX-Datei: falsche Magic Number %1 (erwartet %2 für IDX-Bilder)</translation>
        </message>
        <message>
            <source>not an IDX file: bad magic number %1 (expected %2 for IDX labels)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>keine IDX-Datei: falsche Magic Number %1 (erwartet %2 für IDX-Labels)</translation>
        </message>
        <message>
            <source>unsupported IDX element type %1 (only unsigned bytes, 0x08, are supported)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>nicht unterstützter IDX-Elementtyp %1 (nur vorzeichenlose Bytes, 0x08, werden unterstützt)</translation>
        </message>
        <message>
            <source>expected %1 dimensions for IDX images, found %2</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>%1 Dimensionen für IDX-Bilder erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1 dimension for IDX labels, found %2</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>%1 Dimension für IDX-Labels erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>truncated: the IDX header is incomplete</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>abgeschnitten: der IDX-Kopf ist unvollständig</translation>
        </message>
        <message>
            <source>truncated: expected %1 images of %2x%3 (%4 bytes of data), found only %5 bytes</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>abgeschnitten: %1 Bilder zu %2x%3 erwartet (%4 Byte Daten), nur %5 Byte gefunden</translation>
        </message>
        <message>
            <source>truncated: expected %1 labels (%2 bytes of data), found only %3 bytes</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>abgeschnitten: %1 Labels erwartet (%2 Byte Daten), nur %3 Byte gefunden</translation>
        </message>
        <message>
            <source>the header says the file holds no images</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>laut Kopf enthält die Datei keine Bilder</translation>
        </message>
        <message>
            <source>image size %1x%2 is not plausible (expected 1 to %3 pixels a side)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>Bildgröße %1x%2 ist nicht plausibel (erwartet 1 bis %3 Pixel je Seite)</translation>
        </message>
        <message>
            <source>%1 images of %2x%3 need %4 MiB as doubles, over the %5 GiB limit: load fewer with a maximum (max=N)</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>%1 Bilder zu %2x%3 brauchen als Doubles %4 MiB, über der Grenze von %5 GiB: mit einem Maximum (max=N) weniger laden</translation>
        </message>
        <message>
            <source>count mismatch: %1 labels for %2 images in %3</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>Anzahl passt nicht: %1 Labels für %2 Bilder in %3</translation>
        </message>
        <message>
            <source>every label is 0: classification needs at least 2 classes</source>
            <comment>error reading an IDX file (MNIST format)</comment>
            <translation>jedes Label ist 0: Klassifikation braucht mindestens 2 Klassen</translation>
        </message>
        <message>
            <source>training this network needs about %1 (%2), more than %3: use fewer or smaller layers, a smaller batch or fewer examples</source>
            <comment>memory estimate; %N are counts, sizes such as 1.5 GiB and the memory budget</comment>
            <translation>das Training dieses Netzes braucht etwa %1 (%2), mehr als %3: weniger oder kleinere Schichten, einen kleineren Batch oder weniger Beispiele verwenden</translation>
        </message>
        <message>
            <source>a network of %1 weights needs about %2 to train (weights, gradient and %3 copies), more than %4: use fewer or smaller layers</source>
            <comment>memory estimate; %N are counts, sizes such as 1.5 GiB and the memory budget</comment>
            <translation>ein Netz mit %1 Gewichten braucht zum Training etwa %2 (Gewichte, Gradient und %3 Kopien), mehr als %4: weniger oder kleinere Schichten verwenden</translation>
        </message>
        <message>
            <source>%1 images of %2x%3 need about %4, more than %5</source>
            <comment>memory estimate; %N are counts, sizes such as 1.5 GiB and the memory budget</comment>
            <translation>%1 Bilder zu %2x%3 brauchen etwa %4, mehr als %5</translation>
        </message>
        <message>
            <source>the %1 of text and the numbers parsed from it need about %2, more than %3</source>
            <comment>memory estimate; %N are counts, sizes such as 1.5 GiB and the memory budget</comment>
            <translation>die %1 Text und die daraus gelesenen Zahlen brauchen etwa %2, mehr als %3</translation>
        </message>
        <message>
            <source>a network needs an input and an output layer, found %1 layer(s)</source>
            <comment>error in a network's architecture</comment>
            <translation>ein Netz braucht eine Eingabe- und eine Ausgabeschicht, %1 Schicht(en) gefunden</translation>
        </message>
        <message>
            <source>at most %1 layers, found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>höchstens %1 Schichten, %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1 activations (one per non-input layer), found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>%1 Aktivierungen erwartet (eine je Schicht außer der Eingabe), %2 gefunden</translation>
        </message>
        <message>
            <source>a layer has 1 to %1 units, found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>eine Schicht hat 1 bis %1 Einheiten, %2 gefunden</translation>
        </message>
        <message>
            <source>%1 can only be used on the output layer</source>
            <comment>error in a network's architecture</comment>
            <translation>%1 kann nur in der Ausgabeschicht verwendet werden</translation>
        </message>
        <message>
            <source>the output activation must be sigmoid, softmax or linear, found %1</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeaktivierung muss sigmoid, softmax oder linear sein, %1 gefunden</translation>
        </message>
        <message>
            <source>the input layer has %1 unit but the data has %2 feature</source>
            <comment>error in a network's architecture</comment>
            <translation>die Eingabeschicht hat %1 Einheit, die Daten haben aber %2 Merkmal</translation>
        </message>
        <message>
            <source>the input layer has %1 unit but the data has %2 features</source>
            <comment>error in a network's architecture</comment>
            <translation>die Eingabeschicht hat %1 Einheit, die Daten haben aber %2 Merkmale</translation>
        </message>
        <message>
            <source>the input layer has %1 units but the data has %2 feature</source>
            <comment>error in a network's architecture</comment>
            <translation>die Eingabeschicht hat %1 Einheiten, die Daten haben aber %2 Merkmal</translation>
        </message>
        <message>
            <source>the input layer has %1 units but the data has %2 features</source>
            <comment>error in a network's architecture</comment>
            <translation>die Eingabeschicht hat %1 Einheiten, die Daten haben aber %2 Merkmale</translation>
        </message>
        <message>
            <source>the output layer has %1 unit but the data needs %2 (%3 target)</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeschicht hat %1 Einheit, die Daten brauchen aber %2 (%3 Zielwert)</translation>
        </message>
        <message>
            <source>the output layer has %1 unit but the data needs %2 (%3 targets)</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeschicht hat %1 Einheit, die Daten brauchen aber %2 (%3 Zielwerte)</translation>
        </message>
        <message>
            <source>the output layer has %1 units but the data needs %2 (%3 target)</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeschicht hat %1 Einheiten, die Daten brauchen aber %2 (%3 Zielwert)</translation>
        </message>
        <message>
            <source>the output layer has %1 units but the data needs %2 (%3 targets)</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeschicht hat %1 Einheiten, die Daten brauchen aber %2 (%3 Zielwerte)</translation>
        </message>
        <message>
            <source>the output layer has %1 unit but the data needs %2 (%3 class)</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeschicht hat %1 Einheit, die Daten brauchen aber %2 (%3 Klasse)</translation>
        </message>
        <message>
            <source>the output layer has %1 unit but the data needs %2 (%3 classes)</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeschicht hat %1 Einheit, die Daten brauchen aber %2 (%3 Klassen)</translation>
        </message>
        <message>
            <source>the output layer has %1 units but the data needs %2 (%3 class)</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeschicht hat %1 Einheiten, die Daten brauchen aber %2 (%3 Klasse)</translation>
        </message>
        <message>
            <source>the output layer has %1 units but the data needs %2 (%3 classes)</source>
            <comment>error in a network's architecture</comment>
            <translation>die Ausgabeschicht hat %1 Einheiten, die Daten brauchen aber %2 (%3 Klassen)</translation>
        </message>
        <message>
            <source>expected %1 weight (the unrolled parameters of the architecture), found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>%1 Gewicht erwartet (die entrollten Parameter der Architektur), %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1 weights (the unrolled parameters of the architecture), found %2</source>
            <comment>error in a network's architecture</comment>
            <translation>%1 Gewichte erwartet (die entrollten Parameter der Architektur), %2 gefunden</translation>
        </message>
        <message>
            <source>tick at least one input feature (%1)</source>
            <comment>error in a network's architecture</comment>
            <translation>mindestens ein Eingabemerkmal ankreuzen (%1)</translation>
        </message>
        <message>
            <source>the input features %1 are computed from 2-D data (x1, x2), but the data has %2 feature</source>
            <comment>error in a network's architecture</comment>
            <translation>die Eingabemerkmale %1 werden aus 2-D-Daten (x1, x2) berechnet, die Daten haben aber %2 Merkmal</translation>
        </message>
        <message>
            <source>the input features %1 are computed from 2-D data (x1, x2), but the data has %2 features</source>
            <comment>error in a network's architecture</comment>
            <translation>die Eingabemerkmale %1 werden aus 2-D-Daten (x1, x2) berechnet, die Daten haben aber %2 Merkmale</translation>
        </message>
        <message>
            <source>JSON nested deeper than %1 levels is not %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>JSON, tiefer als %1 Ebenen verschachtelt, kann nicht %2 sein</translation>
        </message>
        <message>
            <source>file is larger than the %1 MiB %2 may have</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Datei ist größer als die %1 MiB, die %2 haben darf</translation>
        </message>
        <message>
            <source>not valid JSON (byte %1): %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>kein gültiges JSON (Byte %1): %2</translation>
        </message>
        <message>
            <source>not valid JSON: %1 (numbers must be finite)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>kein gültiges JSON: %1 (Zahlen müssen endlich sein)</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>missing key (see docs/file-formats.md)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Schlüssel fehlt (siehe docs/file-formats.md)</translation>
        </message>
        <message>
            <source>missing key</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Schlüssel fehlt</translation>
        </message>
        <message>
            <source>expected an integer in %1..%2, found %3</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>ganze Zahl in %1..%2 erwartet, %3 gefunden</translation>
        </message>
        <message>
            <source>expected a seed in 0..18446744073709551615, found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Seed in 0..18446744073709551615 erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected a finite number in [%1, %2], found %3</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>endliche Zahl in [%1, %2] erwartet, %3 gefunden</translation>
        </message>
        <message>
            <source>expected a finite number, found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>endliche Zahl erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected a finite weight, found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>endliches Gewicht erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected %1 activation names (one per non-input layer), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Aktivierungsnamen erwartet (einer je Schicht außer der Eingabe), %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1 matrices, found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Matrizen erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1 rows (one per unit of the next layer), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Zeilen erwartet (eine je Einheit der nächsten Schicht), %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1 numbers (bias first, then one per unit), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Zahlen erwartet (zuerst der Bias, dann eine je Einheit), %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1 numbers (one per input feature), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Zahlen erwartet (eine je Eingabemerkmal), %2 gefunden</translation>
        </message>
        <message>
            <source>expected 2..%1 layer sizes (input first), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>2..%1 Schichtgrößen erwartet (Eingabe zuerst), %2 gefunden</translation>
        </message>
        <message>
            <source>expected an output activation (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Ausgabeaktivierung erwartet (%1), %2 gefunden</translation>
        </message>
        <message>
            <source>expected a hidden activation (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Aktivierung für eine verborgene Schicht erwartet (%1), %2 gefunden</translation>
        </message>
        <message>
            <source>%1 features need as many input units, but layer_sizes[0] is %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Merkmale brauchen ebenso viele Eingabeeinheiten, layer_sizes[0] ist aber %2</translation>
        </message>
        <message>
            <source>%1 features need as many input units, but architecture.layer_sizes[0] is %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Merkmale brauchen ebenso viele Eingabeeinheiten, architecture.layer_sizes[0] ist aber %2</translation>
        </message>
        <message>
            <source>%1 features need as many input units, but the network has %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Merkmale brauchen ebenso viele Eingabeeinheiten, das Netz hat aber %2</translation>
        </message>
        <message>
            <source>expected "none", "standard" or "minmax", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>"none", "standard" oder "minmax" erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected a non-zero scale</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Skala ungleich null erwartet</translation>
        </message>
        <message>
            <source>expected %1 names (one per output unit), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Namen erwartet (einer je Ausgabeeinheit), %2 gefunden</translation>
        </message>
        <message>
            <source>version %1 is newer than this Backprop Studio understands (%2)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Version %1 ist neuer, als dieses Backprop Studio versteht (%2)</translation>
        </message>
        <message>
            <source>version %1 was written by a newer Backprop Studio; this one reads version %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Version %1 wurde von einem neueren Backprop Studio geschrieben; dieses liest Version %2</translation>
        </message>
        <message>
            <source>expected %1 (the loss of the output activation), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 erwartet (der Verlust der Ausgabeaktivierung), %2 gefunden</translation>
        </message>
        <message>
            <source>expected a feature (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Merkmal erwartet (%1), %2 gefunden</translation>
        </message>
        <message>
            <source>expected the features in the order %1, each at most once; found %2 after %3</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Merkmale in der Reihenfolge %1 erwartet, jedes höchstens einmal; %2 nach %3 gefunden</translation>
        </message>
        <message>
            <source>expected at least one feature name (%1)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>mindestens ein Merkmalsname erwartet (%1)</translation>
        </message>
        <message>
            <source>expected an optimizer (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Optimierer erwartet (%1), %2 gefunden</translation>
        </message>
        <message>
            <source>expected an initialisation (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Initialisierung erwartet (%1), %2 gefunden</translation>
        </message>
        <message>
            <source>expected a generator (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Generator erwartet (%1), %2 gefunden</translation>
        </message>
        <message>
            <source>expected "classification" or "regression", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>"classification" oder "regression" erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected "generator", "csv" or "idx", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>"generator", "csv" oder "idx" erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected 1 to 1024 numbers</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>1 bis 1024 Zahlen erwartet</translation>
        </message>
        <message>
            <source>expected %1 numbers, as in row 0</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Zahlen erwartet, wie in Zeile 0</translation>
        </message>
        <message>
            <source>expected at least one point</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>mindestens ein Punkt erwartet</translation>
        </message>
        <message>
            <source>expected one row per point (%1)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>eine Zeile je Punkt erwartet (%1)</translation>
        </message>
        <message>
            <source>expected one label per point (%1)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>ein Label je Punkt erwartet (%1)</translation>
        </message>
        <message>
            <source>expected one label per point</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>ein Label je Punkt erwartet</translation>
        </message>
        <message>
            <source>expected %1 entries (as many as %2), found %3</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Einträge erwartet (so viele wie %2), %3 gefunden</translation>
        </message>
        <message>
            <source>validation and test fractions must leave examples for training (their sum must be below 1)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Validierungs- und Testanteil müssen Beispiele für das Training übrig lassen (ihre Summe muss unter 1 liegen)</translation>
        </message>
        <message>
            <source>expected a stop reason such as "max_iterations", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Abbruchgrund wie "max_iterations" erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected "learning", "lambda" or "units", found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>"learning", "lambda" oder "units" erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected 1..1000 values, found %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>1..1000 Werte erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>point %1 appears twice</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Punkt %1 kommt zweimal vor</translation>
        </message>
        <message>
            <source>expected %1 numbers per point (the generator's features), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 Zahlen je Punkt erwartet (die Merkmale des Generators), %2 gefunden</translation>
        </message>
        <message>
            <source>expected one row of %1 target(s) per point</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>eine Zeile mit %1 Zielwert(en) je Punkt erwartet</translation>
        </message>
        <message>
            <source>expected a class in 0..%1, found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Klasse in 0..%1 erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>unknown data source kind</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>unbekannte Art von Datenquelle</translation>
        </message>
        <message>
            <source>cannot read the project file: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>die Projektdatei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>file is larger than the 1 GiB a project may have</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Datei ist größer als das 1 GiB, das ein Projekt haben darf</translation>
        </message>
        <message>
            <source>cannot open the project file: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>die Projektdatei kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>cannot read the whole project file</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>die Projektdatei kann nicht ganz gelesen werden</translation>
        </message>
        <message>
            <source>cannot read the model file: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>die Modelldatei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>file is larger than the 512 MiB a model may have</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Datei ist größer als die 512 MiB, die ein Modell haben darf</translation>
        </message>
        <message>
            <source>cannot open the model file: %1</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>die Modelldatei kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>cannot read the whole model file</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>die Modelldatei kann nicht ganz gelesen werden</translation>
        </message>
        <message>
            <source>cannot store text that is not valid UTF-8</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>Text, der kein gültiges UTF-8 ist, kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>expected finite numbers</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>endliche Zahlen erwartet</translation>
        </message>
        <message>
            <source>cannot store a non-finite weight (NaN or infinity)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>ein nicht endliches Gewicht (NaN oder unendlich) kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>cannot store non-finite weights (NaN or infinity)</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>nicht endliche Gewichte (NaN oder unendlich) können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>a timeline snapshot needs weights</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>ein Schnappschuss der Zeitleiste braucht Gewichte</translation>
        </message>
        <message>
            <source>a curve needs one slot per planned value (%1), found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>eine Kurve braucht einen Platz je geplantem Wert (%1), %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <comment>error reading a project or model file (JSON)</comment>
            <translation>%1 erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>step inspector</source>
            <comment>the source of an error</comment>
            <translation>Schritt-für-Schritt-Inspektor</translation>
        </message>
        <message>
            <source>no data set</source>
            <comment>cannot train</comment>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source>the training split has no examples</source>
            <comment>cannot train</comment>
            <translation>die Trainingsmenge enthält keine Beispiele</translation>
        </message>
        <message>
            <source>there are no training examples</source>
            <comment>cannot check the gradient</comment>
            <translation>es gibt keine Trainingsbeispiele</translation>
        </message>
        <message>
            <source>the weights do not fit the network</source>
            <comment>cannot check the gradient</comment>
            <translation>die Gewichte passen nicht zum Netz</translation>
        </message>
        <message>
            <source>no training examples or weights</source>
            <comment>the step inspector cannot start</comment>
            <translation>keine Trainingsbeispiele oder Gewichte</translation>
        </message>
        <message>
            <source>the batch does not fit the network</source>
            <comment>the step inspector cannot start</comment>
            <translation>der Batch passt nicht zum Netz</translation>
        </message>
        <message>
            <source>each layer needs one activation</source>
            <comment>an architecture edit</comment>
            <translation>jede Schicht braucht genau eine Aktivierung</translation>
        </message>
        <message>
            <source>each hidden layer needs one activation</source>
            <comment>an architecture edit</comment>
            <translation>jede verborgene Schicht braucht genau eine Aktivierung</translation>
        </message>
        <message>
            <source>the data changed since this edit</source>
            <comment>undoing a painted point</comment>
            <translation>die Daten haben sich seit dieser Bearbeitung geändert</translation>
        </message>
        <message>
            <source>input features need data with exactly two features (x₁, x₂)</source>
            <comment>choosing input features</comment>
            <translation>Eingabemerkmale brauchen Daten mit genau zwei Merkmalen (x₁, x₂)</translation>
        </message>
        <message>
            <source>training is running: stop it before importing a model</source>
            <comment>importing a model</comment>
            <translation>das Training läuft: vor dem Import eines Modells anhalten</translation>
        </message>
        <message>
            <source>ONNX export</source>
            <comment>the source of an error</comment>
            <translation>ONNX-Export</translation>
        </message>
        <message>
            <source>PyTorch export</source>
            <comment>the source of an error</comment>
            <translation>PyTorch-Export</translation>
        </message>
        <message>
            <source>cannot export non-finite weights</source>
            <comment>exporting a model</comment>
            <translation>nicht endliche Gewichte können nicht exportiert werden</translation>
        </message>
        <message>
            <source>expected %1 finite offsets and scales</source>
            <comment>exporting a model; %1 is the number of inputs</comment>
            <translation>%1 endliche Verschiebungen und Skalierungen erwartet</translation>
        </message>
        <message>
            <source>%1 features need as many input units, but the network has %2</source>
            <comment>exporting a model</comment>
            <translation>%1 Merkmale brauchen ebenso viele Eingabeeinheiten, aber das Netz hat %2</translation>
        </message>
    </context>
    <context>
        <name>bpui::ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>&amp;Plot</source>
            <translation>&amp;Diagramm</translation>
        </message>
        <message>
            <source>PNG &amp;width</source>
            <translation>PNG-&amp;Breite</translation>
        </message>
        <message>
            <source>%1 px</source>
            <translation>%1 px</translation>
        </message>
        <message>
            <source>As on screen</source>
            <translation>Wie auf dem Bildschirm</translation>
        </message>
        <message>
            <source>Cost &amp;history (CSV)…</source>
            <translation>&amp;Kostenverlauf (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Gradient-check table (CSV)…</source>
            <translation>&amp;Gradientenprüfungstabelle (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Model (JSON)…</source>
            <translation>&amp;Modell (JSON)…</translation>
        </message>
        <message>
            <source>&amp;ONNX…</source>
            <translation>&amp;ONNX…</translation>
        </message>
        <message>
            <source>ONNX in &amp;float64 (double precision)</source>
            <translation>ONNX in &amp;float64 (doppelte Genauigkeit)</translation>
        </message>
        <message>
            <source>Write the ONNX file's weights as float64, bit for bit. Most runtimes expect float32 (OpenCV's DNN module reads only float32).</source>
            <translation>Die Gewichte der ONNX-Datei Bit für Bit als float64 schreiben. Die meisten Laufzeitumgebungen erwarten float32 (das DNN-Modul von OpenCV liest nur float32).</translation>
        </message>
        <message>
            <source>&amp;PyTorch script…</source>
            <translation>&amp;PyTorch-Skript…</translation>
        </message>
        <message>
            <source>No plot is shown</source>
            <translation>Kein Diagramm angezeigt</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Exported %1.</source>
            <translation>%1 exportiert.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Export plot</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Export cost history</source>
            <translation>Kostenverlauf exportieren</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV-Tabelle (*.csv)</translation>
        </message>
        <message>
            <source>Exporting the cost history…</source>
            <translation>Kostenverlauf wird exportiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Export gradient-check table</source>
            <translation>Gradientenprüfungstabelle exportieren</translation>
        </message>
        <message>
            <source>Export model</source>
            <translation>Modell exportieren</translation>
        </message>
        <message>
            <source>Model file (*.json)</source>
            <translation>Modelldatei (*.json)</translation>
        </message>
        <message>
            <source>Export ONNX (float64)</source>
            <translation>ONNX exportieren (float64)</translation>
        </message>
        <message>
            <source>Export ONNX (float32)</source>
            <translation>ONNX exportieren (float32)</translation>
        </message>
        <message>
            <source>ONNX model (*.onnx)</source>
            <translation>ONNX-Modell (*.onnx)</translation>
        </message>
        <message>
            <source>Export PyTorch script</source>
            <translation>PyTorch-Skript exportieren</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Python-Skript (*.py)</translation>
        </message>
    </context>
    <context>
        <name>bpui::FeatureSelector</name>
        <message>
            <source>Input features</source>
            <translation>Eingabemerkmale</translation>
        </message>
        <message>
            <source>The network reads the ticked features, computed from (x₁, x₂) before the normalisation; the input layer has one unit per feature.</source>
            <translation>Das Netz liest die angehakten Merkmale, berechnet aus (x₁, x₂) vor der Normalisierung; die Eingabeschicht hat eine Einheit pro Merkmal.</translation>
        </message>
        <message>
            <source>Keep at least one input feature ticked: the network needs an input.</source>
            <translation>Mindestens ein Eingabemerkmal angehakt lassen: Das Netz braucht eine Eingabe.</translation>
        </message>
        <message numerus="yes">
            <source>Input features %1: the input layer has %n unit(s) now and the weights were reset.</source>
            <translation>
                <numerusform>Eingabemerkmale %1: Die Eingabeschicht hat jetzt %n Einheit, und die Gewichte wurden zurückgesetzt.</numerusform>
                <numerusform>Eingabemerkmale %1: Die Eingabeschicht hat jetzt %n Einheiten, und die Gewichte wurden zurückgesetzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Computed from the raw (x₁, x₂) before the normalisation; the input layer has one unit per ticked feature (the weights are reset).</source>
            <translation>Berechnet aus den rohen (x₁, x₂) vor der Normalisierung; die Eingabeschicht hat eine Einheit pro angehaktem Merkmal (die Gewichte werden zurückgesetzt).</translation>
        </message>
        <message numerus="yes">
            <source>Input features are computed from two raw features (x₁, x₂); this data set has %n feature(s), so the network reads them as they are.</source>
            <translation>
                <numerusform>Eingabemerkmale werden aus zwei rohen Merkmalen (x₁, x₂) berechnet; dieser Datensatz hat %n Merkmal, also liest das Netz es unverändert.</numerusform>
                <numerusform>Eingabemerkmale werden aus zwei rohen Merkmalen (x₁, x₂) berechnet; dieser Datensatz hat %n Merkmale, also liest das Netz sie unverändert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientCheckJob</name>
        <message>
            <source>%1 of %2 parameters (seeded sample)</source>
            <translation>%1 von %2 Parametern (Stichprobe mit Seed)</translation>
        </message>
        <message>
            <source>all %1 parameters</source>
            <translation>alle %1 Parameter</translation>
        </message>
        <message>
            <source>%1 of %2 training examples (seeded sample)</source>
            <translation>%1 von %2 Trainingsbeispielen (Stichprobe mit Seed)</translation>
        </message>
        <message>
            <source>all %1 training examples</source>
            <translation>allen %1 Trainingsbeispielen</translation>
        </message>
        <message>
            <source>Checked %1 on %2, ε = %3, λ = %4.</source>
            <translation>%1 an %2 geprüft, ε = %3, λ = %4.</translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientCheckPlot</name>
        <message>
            <source>Run gradient check</source>
            <translation>Gradientenprüfung ausführen</translation>
        </message>
        <message>
            <source>Compare backprop's gradient with central differences (J(θ + ε) − J(θ − ε)) / 2ε at the current weights</source>
            <translation>Den Backprop-Gradienten bei den aktuellen Gewichten mit zentralen Differenzen (J(θ + ε) − J(θ − ε)) / 2ε vergleichen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Pass when ‖num − ana‖ / ‖num + ana‖ is below this (arrows step by a factor of ten)</source>
            <translation>Bestanden, wenn ‖num − ana‖ / ‖num + ana‖ darunter liegt (die Pfeile ändern den Wert um den Faktor zehn)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation> Iterationen</translation>
        </message>
        <message>
            <source>Repeat the check every N iterations during training (0 = off: the check is expensive)</source>
            <translation>Die Prüfung während des Trainings alle N Iterationen wiederholen (0 = aus: die Prüfung ist aufwendig)</translation>
        </message>
        <message>
            <source>idle</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>No gradient check yet</source>
            <translation>Noch keine Gradientenprüfung</translation>
        </message>
        <message>
            <source>Overall relative difference ‖num − ana‖ / ‖num + ana‖ over every checked parameter, against the threshold</source>
            <translation>Gesamte relative Differenz ‖num − ana‖ / ‖num + ana‖ über alle geprüften Parameter, verglichen mit dem Schwellenwert</translation>
        </message>
        <message>
            <source>Each dot is one checked parameter: analytic (backprop) gradient across, numeric (central difference) up. Correct backprop puts every dot on the y = x line.</source>
            <translation>Jeder Punkt ist ein geprüfter Parameter: analytischer (Backprop-)Gradient nach rechts, numerischer (zentrale Differenz) nach oben. Korrektes Backprop legt jeden Punkt auf die Gerade y = x.</translation>
        </message>
        <message>
            <source>Gradient check, numeric vs analytic</source>
            <translation>Gradientenprüfung, numerisch gegen analytisch</translation>
        </message>
        <message>
            <source>analytic ∂J/∂θ</source>
            <translation>analytisch ∂J/∂θ</translation>
        </message>
        <message>
            <source>numeric ∂J/∂θ</source>
            <translation>numerisch ∂J/∂θ</translation>
        </message>
        <message>
            <source>Dots: the relative difference |num − ana| / (|num| + |ana|) of each parameter, by position in the unrolled vector. Solid line: the overall ratio ‖num − ana‖ / ‖num + ana‖, which the verdict compares with the threshold (dashed). Single dots above the threshold are expected where a gradient is near 0: there round-off dominates the per-parameter ratio but hardly moves the overall one.</source>
            <translation>Punkte: die relative Differenz |num − ana| / (|num| + |ana|) jedes Parameters, nach seiner Position im entrollten Vektor. Durchgezogene Linie: das Gesamtverhältnis ‖num − ana‖ / ‖num + ana‖, das das Urteil mit dem Schwellenwert (gestrichelt) vergleicht. Einzelne Punkte über dem Schwellenwert sind dort zu erwarten, wo ein Gradient nahe 0 liegt: Dort dominiert der Rundungsfehler das Verhältnis des einzelnen Parameters, bewegt das Gesamtverhältnis aber kaum.</translation>
        </message>
        <message>
            <source>Gradient check, relative difference</source>
            <translation>Gradientenprüfung, relative Differenz</translation>
        </message>
        <message>
            <source>parameter index (unrolled)</source>
            <translation>Parameterindex (entrollt)</translation>
        </message>
        <message>
            <source>relative difference</source>
            <translation>relative Differenz</translation>
        </message>
        <message>
            <source>verdict: overall ratio (solid) vs threshold (dashed); dots: each parameter</source>
            <translation>Urteil: Gesamtverhältnis (durchgezogen) gegen Schwellenwert (gestrichelt); Punkte: einzelne Parameter</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Max |diff|</source>
            <translation>Max. |Diff.|</translation>
        </message>
        <message>
            <source>Rel. diff</source>
            <translation>Rel. Diff.</translation>
        </message>
        <message>
            <source>Bias rel.</source>
            <translation>Bias rel.</translation>
        </message>
        <message>
            <source>Weights rel.</source>
            <translation>Gewichte rel.</translation>
        </message>
        <message>
            <source>Per Θ(l): relative differences over all its checked entries, its bias column and its other weights</source>
            <translation>Je Θ(l): relative Differenzen über alle geprüften Einträge, über die Bias-Spalte und über die übrigen Gewichte</translation>
        </message>
        <message>
            <source>Threshold:</source>
            <translation>Schwellenwert:</translation>
        </message>
        <message>
            <source>Repeat during training every:</source>
            <translation>Während des Trainings wiederholen alle:</translation>
        </message>
        <message>
            <source>starting…</source>
            <translation>wird gestartet…</translation>
        </message>
        <message>
            <source>%1 / %2 parameters</source>
            <translation>%1 / %2 Parameter</translation>
        </message>
        <message>
            <source>ε = %1</source>
            <translation>ε = %1</translation>
        </message>
        <message>
            <source>%1 parameters in the network</source>
            <translation>%1 Parameter im Netz</translation>
        </message>
        <message>
            <source>No gradient check yet: press Run to compare backprop with numerical differentiation</source>
            <translation>Noch keine Gradientenprüfung: „Gradientenprüfung ausführen“ drücken, um Backprop mit numerischer Differentiation zu vergleichen</translation>
        </message>
        <message>
            <source>Computed for a different network — run again (%1; that check covered %2 parameters)</source>
            <translation>Für ein anderes Netz berechnet – erneut ausführen (%1; diese Prüfung umfasste %2 Parameter)</translation>
        </message>
        <message>
            <source>PASS — overall relative difference ‖num − ana‖ / ‖num + ana‖ = %1 &lt; threshold %2: backprop agrees with numerical differentiation</source>
            <translation>BESTANDEN – gesamte relative Differenz ‖num − ana‖ / ‖num + ana‖ = %1 &lt; Schwellenwert %2: Backprop stimmt mit der numerischen Differentiation überein</translation>
        </message>
        <message>
            <source>FAIL — overall relative difference ‖num − ana‖ / ‖num + ana‖ = %1 ≥ threshold %2: the gradients disagree</source>
            <translation>FEHLGESCHLAGEN – gesamte relative Differenz ‖num − ana‖ / ‖num + ana‖ = %1 ≥ Schwellenwert %2: Die Gradienten stimmen nicht überein</translation>
        </message>
        <message>
            <source> (%1 of %2 single parameters lie above the threshold: near-zero gradients, where round-off dominates; the verdict compares the overall ratio)</source>
            <translation> (%1 von %2 einzelnen Parametern liegen über dem Schwellenwert: Gradienten nahe null, bei denen der Rundungsfehler dominiert; das Urteil vergleicht das Gesamtverhältnis)</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>Schwellenwert %1</translation>
        </message>
        <message>
            <source>overall ratio %1</source>
            <translation>Gesamtverhältnis %1</translation>
        </message>
        <message>
            <source>Θ(%1)</source>
            <translation>Θ(%1)</translation>
        </message>
        <message>
            <source>Pass threshold</source>
            <translation>Schwellenwert zum Bestehen</translation>
        </message>
        <message>
            <source>Repeat the check every N iterations</source>
            <translation>Prüfung alle N Iterationen wiederholen</translation>
        </message>
        <message>
            <source>Gradient check per layer</source>
            <translation>Gradientenprüfung je Schicht</translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientCheckRunner</name>
        <message>
            <source>The gradient check failed with an unknown error.</source>
            <translation>Die Gradientenprüfung ist mit einem unbekannten Fehler fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientTools</name>
        <message>
            <source>Gradients</source>
            <translation>Gradienten</translation>
        </message>
    </context>
    <context>
        <name>bpui::GradientsDock</name>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>‖D(l)‖: size of each layer's gradient</source>
            <translation>‖D(l)‖: Größe des Gradienten jeder Schicht</translation>
        </message>
        <message>
            <source>‖D(l)‖ / ‖Θ(l)‖: gradient relative to the weights</source>
            <translation>‖D(l)‖ / ‖Θ(l)‖: Gradient relativ zu den Gewichten</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>One line per weight matrix Θ(l), measured on a fixed sample of training examples. Lines far apart: the early layers learn orders of magnitude more slowly.</source>
            <translation>Eine Linie pro Gewichtsmatrix Θ(l), gemessen an einer festen Stichprobe von Trainingsbeispielen. Liegen die Linien weit auseinander, lernen die frühen Schichten um Größenordnungen langsamer.</translation>
        </message>
        <message>
            <source>hidden layer</source>
            <translation>verborgene Schicht</translation>
        </message>
        <message>
            <source>saturated %</source>
            <translation>gesättigt %</translation>
        </message>
        <message>
            <source>Newest sample. Sigmoid: a &lt; 0.02 or a &gt; 0.98; tanh: |a| &gt; 0.98 (share of unit-example pairs). ReLU: units that are 0 on every sampled example (dead); leaky ReLU: units negative on every example. Linear units never saturate.</source>
            <translation>Neueste Stichprobe. Sigmoid: a &lt; 0.02 oder a &gt; 0.98; tanh: |a| &gt; 0.98 (Anteil der Paare aus Einheit und Beispiel). ReLU: Einheiten, die bei jedem Beispiel der Stichprobe 0 sind (tot); Leaky ReLU: Einheiten, die bei jedem Beispiel negativ sind. Lineare Einheiten sättigen nie.</translation>
        </message>
        <message>
            <source>The network or its weights changed: the figures start again with the next training.</source>
            <translation>Das Netz oder seine Gewichte haben sich geändert: Die Kennzahlen beginnen mit dem nächsten Training neu.</translation>
        </message>
        <message>
            <source>No figures yet: train (or Step) to see them.</source>
            <translation>Noch keine Kennzahlen: Trainieren (oder Schritt), um sie zu sehen.</translation>
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
            <translation>Iteration %1, gemessen an %2 Trainingsbeispielen.</translation>
        </message>
        <message>
            <source>‖D(1)‖ / ‖D(%1)‖ = %2.</source>
            <translation>‖D(1)‖ / ‖D(%1)‖ = %2.</translation>
        </message>
        <message>
            <source>Gradient size per layer</source>
            <translation>Gradientengröße je Schicht</translation>
        </message>
        <message>
            <source>The chosen gradient quantity of each layer over the iterations, on a logarithmic scale: a layer far below the others learns slowly (vanishing gradients).</source>
            <translation>Die gewählte Gradientengröße jeder Schicht über die Iterationen, auf logarithmischer Skala: Eine Schicht weit unter den anderen lernt langsam (verschwindende Gradienten).</translation>
        </message>
        <message>
            <source>Saturated units per hidden layer</source>
            <translation>Gesättigte Einheiten je verborgener Schicht</translation>
        </message>
    </context>
    <context>
        <name>bpui::HiddenUnitGallery</name>
        <message>
            <source>Each tile is one first-hidden-layer unit j: its incoming weights Θ(1)ⱼ,₁…ₙ (bias left out) laid out as the input image. Blue pixels push a(2)ⱼ up, orange-red ones push it down; each tile is scaled to its own ±max |w|. Click a tile to see the images that excite it.</source>
            <translation>Jede Kachel ist eine Einheit j der ersten verborgenen Schicht: ihre eingehenden Gewichte Θ(1)ⱼ,₁…ₙ (ohne Bias), angeordnet wie das Eingabebild. Blaue Pixel erhöhen a(2)ⱼ, orangerote senken es; jede Kachel ist auf ihr eigenes ±max |w| skaliert. Eine Kachel anklicken, um die Bilder zu sehen, die sie anregen.</translation>
        </message>
        <message>
            <source>Click a unit to list the training images that excite it most.</source>
            <translation>Eine Einheit anklicken, um die Trainingsbilder aufzulisten, die sie am stärksten anregen.</translation>
        </message>
        <message>
            <source>Training images with the highest activation a(2)ⱼ of the chosen unit, highest first, with their label and activation</source>
            <translation>Trainingsbilder mit der höchsten Aktivierung a(2)ⱼ der gewählten Einheit, die höchste zuerst, mit Label und Aktivierung</translation>
        </message>
        <message>
            <source>The hidden-unit gallery needs image data (for example MNIST or Fashion-MNIST loaded from IDX files).</source>
            <translation>Die Galerie der verborgenen Einheiten braucht Bilddaten (zum Beispiel MNIST oder Fashion-MNIST, aus IDX-Dateien geladen).</translation>
        </message>
        <message>
            <source>The hidden-unit gallery needs a hidden layer.</source>
            <translation>Die Galerie der verborgenen Einheiten braucht eine verborgene Schicht.</translation>
        </message>
        <message>
            <source>%1 first-hidden-layer units, each drawn as its %2 × %3 incoming weights (blue +, orange-red −, each tile on its own scale).</source>
            <translation>%1 Einheiten der ersten verborgenen Schicht, jede als ihre %2 × %3 eingehenden Gewichte gezeichnet (blau +, orangerot −, jede Kachel mit eigener Skala).</translation>
        </message>
        <message>
            <source>Hidden unit %1 (row %1 of Θ(1))</source>
            <translation>Verborgene Einheit %1 (Zeile %1 von Θ(1))</translation>
        </message>
        <message>
            <source>Training example %1, label %2, a(2)_%3 = %4</source>
            <translation>Trainingsbeispiel %1, Label %2, a(2)_%3 = %4</translation>
        </message>
        <message>
            <source>Unit %1: the %2 training images with the highest activation a(2)_%1</source>
            <translation>Einheit %1: die %2 Trainingsbilder mit der höchsten Aktivierung a(2)_%1</translation>
        </message>
        <message>
            <source> (among the first %1 of %2 training examples, for speed)</source>
            <translation> (unter den ersten %1 von %2 Trainingsbeispielen, der Geschwindigkeit wegen)</translation>
        </message>
        <message>
            <source>Hidden units</source>
            <translation>Verborgene Einheiten</translation>
        </message>
        <message>
            <source>Images that activate the unit most</source>
            <translation>Bilder, die die Einheit am stärksten aktivieren</translation>
        </message>
    </context>
    <context>
        <name>bpui::LandscapeDock</name>
        <message>
            <source>Press Compute to map J around the current weights.</source>
            <translation>„Berechnen“ drücken, um J um die aktuellen Gewichte herum abzubilden.</translation>
        </message>
        <message>
            <source>Another network or data set: press Compute to map J around its weights.</source>
            <translation>Anderes Netz oder anderer Datensatz: „Berechnen“ drücken, um J um dessen Gewichte herum abzubilden.</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Berechnen</translation>
        </message>
        <message>
            <source>Evaluate J along the slices and on the grid (on two threads).</source>
            <translation>J entlang der Schnitte und auf dem Gitter auswerten (auf zwei Threads).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Grid:</source>
            <translation>Gitter:</translation>
        </message>
        <message>
            <source>Points per side of the contour (odd, so θ is the centre).</source>
            <translation>Punkte pro Seite des Konturdiagramms (ungerade, damit θ in der Mitte liegt).</translation>
        </message>
        <message>
            <source>Principal directions of the trajectory</source>
            <translation>Hauptrichtungen der Trajektorie</translation>
        </message>
        <message>
            <source>Two random filter-normalised directions</source>
            <translation>Zwei zufällige filternormierte Richtungen</translation>
        </message>
        <message>
            <source>Log colour scale</source>
            <translation>Log-Farbskala</translation>
        </message>
        <message>
            <source>Refresh every</source>
            <translation>Aktualisieren alle</translation>
        </message>
        <message>
            <source>Recompute while training runs, at most once every N iterations (a refresh never waits in line behind a running one).</source>
            <translation>Während des Trainings neu berechnen, höchstens einmal alle N Iterationen (eine Aktualisierung wartet nie hinter einer laufenden).</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation> Iterationen</translation>
        </message>
        <message>
            <source>during training</source>
            <translation>während des Trainings</translation>
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
            <translation>J entlang des Pfads θ₀→θ</translation>
        </message>
        <message>
            <source>J(θ₀ + t·(θ − θ₀)): from the run's starting weights (t = 0) straight to the current ones (t = 1), and a little beyond.</source>
            <translation>J(θ₀ + t·(θ − θ₀)): von den Startgewichten des Laufs (t = 0) geradewegs zu den aktuellen (t = 1) und etwas darüber hinaus.</translation>
        </message>
        <message>
            <source>s (step along −∇J)</source>
            <translation>s (Schritt entlang −∇J)</translation>
        </message>
        <message>
            <source>J along −∇J</source>
            <translation>J entlang −∇J</translation>
        </message>
        <message>
            <source>J(θ − s·∇J(θ)): what one gradient-descent step of size s would give. The dashed line is the tangent J − s‖∇J‖²; the vertical line is the learning rate α.</source>
            <translation>J(θ − s·∇J(θ)): was ein Gradientenabstiegsschritt der Größe s ergäbe. Die gestrichelte Linie ist die Tangente J − s‖∇J‖²; die senkrechte Linie ist die Lernrate α.</translation>
        </message>
        <message>
            <source>1-D slices</source>
            <translation>1-D-Schnitte</translation>
        </message>
        <message>
            <source>a (along d₁)</source>
            <translation>a (entlang d₁)</translation>
        </message>
        <message>
            <source>b (along d₂)</source>
            <translation>b (entlang d₂)</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>Kostenlandschaft</translation>
        </message>
        <message>
            <source>J(θ + a·d₁ + b·d₂); θ is the origin (the cross), the line is the optimiser's path projected on the plane, from its start (the square).</source>
            <translation>J(θ + a·d₁ + b·d₂); θ ist der Ursprung (das Kreuz), die Linie ist der auf die Ebene projizierte Pfad des Optimierers ab seinem Start (dem Quadrat).</translation>
        </message>
        <message>
            <source>2-D contour</source>
            <translation>2-D-Konturen</translation>
        </message>
        <message>
            <source>Cancelled: the plots still show the previous computation.</source>
            <translation>Abgebrochen: Die Diagramme zeigen noch die vorherige Berechnung.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>d₁ explains %1 of the paths' spread, d₂ %2 (principal directions of %3 snapshots).</source>
            <translation>d₁ erklärt %1 der Streuung der Pfade, d₂ %2 (Hauptrichtungen von %3 Schnappschüssen).</translation>
        </message>
        <message>
            <source>Random directions: d₁ explains %1 of the paths' spread, d₂ %2 — random directions are nearly orthogonal to the path.</source>
            <translation>Zufällige Richtungen: d₁ erklärt %1 der Streuung der Pfade, d₂ %2 – zufällige Richtungen stehen fast senkrecht zum Pfad.</translation>
        </message>
        <message>
            <source>Ticked runs: %1; white: the live run.</source>
            <translation>Angehakte Läufe: %1; weiß: der Live-Lauf.</translation>
        </message>
        <message>
            <source>Ticked runs: %1.</source>
            <translation>Angehakte Läufe: %1.</translation>
        </message>
        <message>
            <source>J on %1 of %2 training examples · grid %3 × %3 · %4 trajectory snapshots · at iteration %5</source>
            <translation>J auf %1 von %2 Trainingsbeispielen · Gitter %3 × %3 · %4 Schnappschüsse der Trajektorie · bei Iteration %5</translation>
        </message>
        <message>
            <source>Train for a few iterations first: the path θ₀→θ is a single point.</source>
            <translation>Zuerst einige Iterationen trainieren: Der Pfad θ₀→θ ist noch ein einzelner Punkt.</translation>
        </message>
        <message>
            <source>Grid points per side</source>
            <translation>Gitterpunkte pro Seite</translation>
        </message>
        <message>
            <source>Refresh during training every</source>
            <translation>Während des Trainings aktualisieren alle</translation>
        </message>
    </context>
    <context>
        <name>bpui::LandscapeRunner</name>
        <message>
            <source>There are no training examples to measure J on.</source>
            <translation>Es gibt keine Trainingsbeispiele, an denen J gemessen werden kann.</translation>
        </message>
        <message>
            <source>The network has no weights yet.</source>
            <translation>Das Netz hat noch keine Gewichte.</translation>
        </message>
        <message>
            <source>The grid size must be odd, from %1 to %2.</source>
            <translation>Die Gittergröße muss ungerade sein, von %1 bis %2.</translation>
        </message>
        <message>
            <source>Train for a few iterations first: the principal directions need at least %1 weight snapshots (there are %2).</source>
            <translation>Zuerst einige Iterationen trainieren: Die Hauptrichtungen brauchen mindestens %1 Gewichts-Schnappschüsse (vorhanden sind %2).</translation>
        </message>
    </context>
    <context>
        <name>bpui::LandscapeTools</name>
        <message>
            <source>Landscape</source>
            <translation>Landschaft</translation>
        </message>
    </context>
    <context>
        <name>bpui::LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>Sp&amp;rache</translation>
        </message>
        <message>
            <source>&amp;System language (%1)</source>
            <translation>&amp;Systemsprache (%1)</translation>
        </message>
        <message>
            <source>Backprop Studio stays in %1.</source>
            <translation>Backprop Studio bleibt auf %1.</translation>
        </message>
        <message>
            <source>Backprop Studio will be in %1 from its next start.</source>
            <translation>Backprop Studio ist ab dem nächsten Start auf %1.</translation>
        </message>
    </context>
    <context>
        <name>bpui::LessonGallery</name>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>&amp;Open lesson</source>
            <translation>Lektion ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Opens the lesson's project as Untitled (the bundled file is never overwritten) and shows its text in the Lesson dock</source>
            <translation>Öffnet das Projekt der Lektion als „Unbenannt“ (die mitgelieferte Datei wird nie überschrieben) und zeigt ihren Text im Dock „Lektion“</translation>
        </message>
        <message>
            <source>Each lesson opens a prepared network and data set and shows what to look at, what to try and what it shows.</source>
            <translation>Jede Lektion öffnet ein vorbereitetes Netz mit Datensatz und zeigt, worauf zu achten ist, was sich ausprobieren lässt und was es zeigt.</translation>
        </message>
        <message>
            <source>No lessons were found. The studio looked in:
%1</source>
            <translation>Es wurden keine Lektionen gefunden. Das Studio hat hier gesucht:
%1</translation>
        </message>
    </context>
    <context>
        <name>bpui::LessonPanel</name>
        <message>
            <source>Start &amp;over</source>
            <translation>&amp;Neu beginnen</translation>
        </message>
        <message>
            <source>Open the lesson's project again, as it was prepared</source>
            <translation>Das Projekt der Lektion erneut öffnen, so wie es vorbereitet wurde</translation>
        </message>
        <message>
            <source>All &amp;lessons…</source>
            <translation>Alle &amp;Lektionen…</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>No lesson is open.

Choose one under **Help → Lessons…**: each opens a prepared network and data set with what to look at, what to try and what it shows.</source>
            <translation>Keine Lektion geöffnet.

Eine unter **Hilfe → Lektionen…** wählen: Jede öffnet ein vorbereitetes Netz mit Datensatz und zeigt, worauf zu achten ist, was sich ausprobieren lässt und was es zeigt.</translation>
        </message>
    </context>
    <context>
        <name>bpui::LessonTools</name>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>&amp;Lessons…</source>
            <translation>&amp;Lektionen…</translation>
        </message>
        <message>
            <source>Prepared networks and data with a short text each (Ctrl+L)</source>
            <translation>Vorbereitete Netze und Daten mit je einem kurzen Text (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Welcome screen</source>
            <translation>&amp;Willkommensbildschirm</translation>
        </message>
        <message>
            <source>Lesson "%1" opened: its text is in the Lesson dock.</source>
            <translation>Lektion „%1“ geöffnet: Ihr Text steht im Dock „Lektion“.</translation>
        </message>
        <message>
            <source>This lesson refers to "%1", which this version of the studio does not have.</source>
            <translation>Diese Lektion verweist auf „%1“, das es in dieser Version des Studios nicht gibt.</translation>
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
            <translation>Spiral-Beispiel geladen: Zum Trainieren die Leertaste drücken.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Vorhersage</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Gewichte</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Gradient check</source>
            <translation>Gradientenprüfung</translation>
        </message>
        <message>
            <source>&amp;Train</source>
            <translation>&amp;Trainieren</translation>
        </message>
        <message>
            <source>&amp;Step</source>
            <translation>&amp;Schritt</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>St&amp;opp</translation>
        </message>
        <message>
            <source>&amp;Reset weights</source>
            <translation>Gewichte &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Gradient check</source>
            <translation>&amp;Gradientenprüfung</translation>
        </message>
        <message>
            <source>Open &amp;CSV…</source>
            <translation>&amp;CSV öffnen…</translation>
        </message>
        <message>
            <source>Open &amp;IDX…</source>
            <translation>I&amp;DX öffnen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Load the &amp;example</source>
            <translation>Beis&amp;piel laden</translation>
        </message>
        <message>
            <source>Re&amp;generate data</source>
            <translation>Daten neu &amp;erzeugen</translation>
        </message>
        <message>
            <source>&amp;About Backprop Studio</source>
            <translation>Ü&amp;ber Backprop Studio</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Train / pause (Space)</source>
            <translation>Trainieren / pausieren (Leertaste)</translation>
        </message>
        <message>
            <source>Run exactly one iteration, then pause (F10)</source>
            <translation>Genau eine Iteration ausführen, dann pausieren (F10)</translation>
        </message>
        <message>
            <source>Weights reset.</source>
            <translation>Gewichte zurückgesetzt.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>T&amp;rain</source>
            <translation>T&amp;rainieren</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Training tool bar</source>
            <translation>Werkzeugleiste Training</translation>
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation>Training fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Training failed</source>
            <translation>Training fehlgeschlagen</translation>
        </message>
        <message>
            <source>Architecture is now %1: weights reset.</source>
            <translation>Die Architektur ist jetzt %1: Gewichte zurückgesetzt.</translation>
        </message>
        <message>
            <source>the architecture changed</source>
            <translation>die Architektur hat sich geändert</translation>
        </message>
        <message>
            <source>the data changed</source>
            <translation>die Daten haben sich geändert</translation>
        </message>
        <message>
            <source>another project or settings</source>
            <translation>ein anderes Projekt oder andere Einstellungen</translation>
        </message>
        <message>
            <source>Gradient check: relative difference %1 (%2).</source>
            <translation>Gradientenprüfung: relative Differenz %1 (%2).</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>Gradient check cancelled.</source>
            <translation>Gradientenprüfung abgebrochen.</translation>
        </message>
        <message>
            <source>Gradient check failed: %1</source>
            <translation>Gradientenprüfung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Iteration %1: %2</source>
            <translation>Iteration %1: %2</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>About Backprop Studio</source>
            <translation>Über Backprop Studio</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Backprop Studio %1&lt;/h3&gt;&lt;p&gt;A desktop lab for feed-forward neural networks: draw a network, load data, press Train and watch backpropagation learn, with live cost, gradient check and weight views.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Backprop Studio %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Labor für Feedforward-Netze: ein Netz zeichnen, Daten laden, „Trainieren“ drücken und zusehen, wie Backpropagation lernt – mit Live-Kosten, Gradientenprüfung und Gewichtsansichten.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Colour-blind-safe class colours</source>
            <translation>&amp;Klassenfarben für Farbfehlsichtige</translation>
        </message>
        <message>
            <source>Draw classes in the Okabe–Ito colours, which stay apart for protanopia, deuteranopia and tritanopia</source>
            <translation>Klassen in den Okabe–Ito-Farben zeichnen, die bei Protanopie, Deuteranopie und Tritanopie unterscheidbar bleiben</translation>
        </message>
    </context>
    <context>
        <name>bpui::MisclassifiedBrowser</name>
        <message>
            <source>Confusion matrix: row = actual class, column = predicted class (argmax of h). Green diagonal = correct, orange-red = mistakes, shaded by the share of the row. Click a cell to list its examples.</source>
            <translation>Konfusionsmatrix: Zeile = tatsächliche Klasse, Spalte = vorhergesagte Klasse (argmax von h). Grüne Diagonale = richtig, orangerot = Fehler, schattiert nach dem Anteil an der Zeile. Eine Zelle anklicken, um ihre Beispiele aufzulisten.</translation>
        </message>
        <message>
            <source>Click a cell of the matrix to list its examples.</source>
            <translation>Eine Zelle der Matrix anklicken, um ihre Beispiele aufzulisten.</translation>
        </message>
        <message>
            <source>The examples of the chosen cell (index in the evaluated split). Pick one to see the network's output for it.</source>
            <translation>Die Beispiele der gewählten Zelle (Index in der ausgewerteten Teilmenge). Eines auswählen, um die Ausgabe des Netzes dafür zu sehen.</translation>
        </message>
        <message>
            <source>The network's output h_k = a(L)_k for the chosen example, one bar per class; the prediction is the largest.</source>
            <translation>Die Ausgabe des Netzes h_k = a(L)_k für das gewählte Beispiel, ein Balken pro Klasse; die Vorhersage ist der größte.</translation>
        </message>
        <message>
            <source>output h_k</source>
            <translation>Ausgabe h_k</translation>
        </message>
        <message>
            <source>The chosen example as loaded (before normalisation)</source>
            <translation>Das gewählte Beispiel wie geladen (vor der Normalisierung)</translation>
        </message>
        <message>
            <source>The misclassified browser needs classification data.</source>
            <translation>Der Browser für Fehlklassifikationen braucht Klassifikationsdaten.</translation>
        </message>
        <message>
            <source> (The first %1 of %2 examples, for speed.)</source>
            <translation> (Die ersten %1 von %2 Beispielen, der Geschwindigkeit wegen.)</translation>
        </message>
        <message>
            <source>actual %1, predicted %2: %3 examples (%4 % of actual %1)</source>
            <translation>tatsächlich %1, vorhergesagt %2: %3 Beispiele (%4 % von tatsächlich %1)</translation>
        </message>
        <message>
            <source>No mistakes to show. Click a cell to list its examples.</source>
            <translation>Keine Fehler anzuzeigen. Eine Zelle anklicken, um ihre Beispiele aufzulisten.</translation>
        </message>
        <message>
            <source>#%1   h = %2</source>
            <translation>#%1   h = %2</translation>
        </message>
        <message>
            <source>Actual %1, predicted %2: %3 examples</source>
            <translation>Tatsächlich %1, vorhergesagt %2: %3 Beispiele</translation>
        </message>
        <message>
            <source> (the first %1 listed)</source>
            <translation> (die ersten %1 aufgelistet)</translation>
        </message>
        <message>
            <source>Pick an example to see the network's output per class.</source>
            <translation>Ein Beispiel auswählen, um die Ausgabe des Netzes je Klasse zu sehen.</translation>
        </message>
        <message>
            <source>other classes</source>
            <translation>andere Klassen</translation>
        </message>
        <message>
            <source>actual class</source>
            <translation>tatsächliche Klasse</translation>
        </message>
        <message>
            <source>predicted (wrong)</source>
            <translation>vorhergesagt (falsch)</translation>
        </message>
        <message>
            <source>P(%1)</source>
            <translation>P(%1)</translation>
        </message>
        <message>
            <source>Output for the example</source>
            <translation>Ausgabe für das Beispiel</translation>
        </message>
        <message>
            <source>Confusion matrix of the validation split: %1 examples, %2 % correct. Rows: actual class; columns: predicted.</source>
            <translation>Konfusionsmatrix der Validierungsmenge: %1 Beispiele, %2 % richtig. Zeilen: tatsächliche Klasse; Spalten: vorhergesagte.</translation>
        </message>
        <message>
            <source>Confusion matrix of the training split: %1 examples, %2 % correct. Rows: actual class; columns: predicted.</source>
            <translation>Konfusionsmatrix der Trainingsmenge: %1 Beispiele, %2 % richtig. Zeilen: tatsächliche Klasse; Spalten: vorhergesagte.</translation>
        </message>
        <message>
            <source>Validation example %1: h of the predicted class = %2</source>
            <translation>Validierungsbeispiel %1: h der vorhergesagten Klasse = %2</translation>
        </message>
        <message>
            <source>Training example %1: h of the predicted class = %2</source>
            <translation>Trainingsbeispiel %1: h der vorhergesagten Klasse = %2</translation>
        </message>
        <message>
            <source>Validation example %1: actual &lt;b&gt;%2&lt;/b&gt;, predicted &lt;b&gt;%3&lt;/b&gt; (h = %4).</source>
            <translation>Validierungsbeispiel %1: tatsächlich &lt;b&gt;%2&lt;/b&gt;, vorhergesagt &lt;b&gt;%3&lt;/b&gt; (h = %4).</translation>
        </message>
        <message>
            <source>Training example %1: actual &lt;b&gt;%2&lt;/b&gt;, predicted &lt;b&gt;%3&lt;/b&gt; (h = %4).</source>
            <translation>Trainingsbeispiel %1: tatsächlich &lt;b&gt;%2&lt;/b&gt;, vorhergesagt &lt;b&gt;%3&lt;/b&gt; (h = %4).</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Konfusionsmatrix</translation>
        </message>
        <message>
            <source>Examples of the chosen cell</source>
            <translation>Beispiele der gewählten Zelle</translation>
        </message>
    </context>
    <context>
        <name>bpui::ModelImport</name>
        <message>
            <source>&amp;Import model…</source>
            <translation>Modell &amp;importieren…</translation>
        </message>
        <message>
            <source>Load a model file's architecture and weights into the current project</source>
            <translation>Architektur und Gewichte aus einer Modelldatei in das aktuelle Projekt laden</translation>
        </message>
        <message>
            <source>Imported the model %1: architecture and weights replaced, the data kept.</source>
            <translation>Modell %1 importiert: Architektur und Gewichte ersetzt, die Daten beibehalten.</translation>
        </message>
        <message>
            <source>Import model</source>
            <translation>Modell importieren</translation>
        </message>
        <message>
            <source>Cannot import the model</source>
            <translation>Das Modell kann nicht importiert werden</translation>
        </message>
        <message>
            <source>

The current project is unchanged.</source>
            <translation>

Das aktuelle Projekt bleibt unverändert.</translation>
        </message>
        <message>
            <source>Backprop Studio model (*.json);;All files (*)</source>
            <translation>Backprop-Studio-Modell (*.json);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>bpui::NetworkEditor</name>
        <message>
            <source>Add hidden layer</source>
            <translation>Verborgene Schicht hinzufügen</translation>
        </message>
        <message>
            <source>Append a hidden layer before the output (same width and activation as the last hidden layer). Resets the weights.</source>
            <translation>Eine verborgene Schicht vor der Ausgabe anhängen (gleiche Breite und Aktivierung wie die letzte verborgene Schicht). Setzt die Gewichte zurück.</translation>
        </message>
        <message>
            <source>Remove hidden layer</source>
            <translation>Verborgene Schicht entfernen</translation>
        </message>
        <message>
            <source>Remove the last hidden layer. Resets the weights.</source>
            <translation>Die letzte verborgene Schicht entfernen. Setzt die Gewichte zurück.</translation>
        </message>
        <message>
            <source>Output activation; it picks the loss: sigmoid → logistic (the course's), softmax → cross-entropy, linear → squared error</source>
            <translation>Ausgabeaktivierung; sie bestimmt die Verlustfunktion: Sigmoid → logistisch (die des Kurses), Softmax → Kreuzentropie, linear → quadratischer Fehler</translation>
        </message>
        <message>
            <source>Output activation:</source>
            <translation>Ausgabeaktivierung:</translation>
        </message>
        <message>
            <source>Circles: units a = g(z); squares: bias units (+1); lines: weights Θ(l)&lt;sub&gt;ij&lt;/sub&gt;, with z(l+1) = Θ(l)·[1; a(l)]. &lt;span style='color:#2166ac'&gt;Blue&lt;/span&gt; positive, &lt;span style='color:#d7301f'&gt;orange-red&lt;/span&gt; negative, wider = larger |Θ| (relative within each Θ). Layers over %1 units are drawn as a block. Hover a unit or a line for its value.</source>
            <translation>Kreise: Einheiten a = g(z); Quadrate: Bias-Einheiten (+1); Linien: Gewichte Θ(l)&lt;sub&gt;ij&lt;/sub&gt;, mit z(l+1) = Θ(l)·[1; a(l)]. &lt;span style='color:#2166ac'&gt;Blau&lt;/span&gt; positiv, &lt;span style='color:#d7301f'&gt;orangerot&lt;/span&gt; negativ, breiter = größeres |Θ| (relativ innerhalb jedes Θ). Schichten mit mehr als %1 Einheiten werden als Block gezeichnet. Für den Wert mit der Maus auf eine Einheit oder Linie zeigen.</translation>
        </message>
        <message>
            <source>Layer %1 · hidden</source>
            <translation>Schicht %1 · verborgen</translation>
        </message>
        <message>
            <source>One unit fewer</source>
            <translation>Eine Einheit weniger</translation>
        </message>
        <message>
            <source> units</source>
            <translation> Einheiten</translation>
        </message>
        <message>
            <source>Units in hidden layer %1 (course layer %2). Resets the weights.</source>
            <translation>Einheiten in der verborgenen Schicht %1 (Schicht %2 im Kurs). Setzt die Gewichte zurück.</translation>
        </message>
        <message>
            <source>One unit more</source>
            <translation>Eine Einheit mehr</translation>
        </message>
        <message>
            <source>Activation g of this layer's units</source>
            <translation>Aktivierung g der Einheiten dieser Schicht</translation>
        </message>
    </context>
    <context>
        <name>bpui::NetworkScene</name>
        <message>
            <source>No network yet: load data first.</source>
            <translation>Noch kein Netz: zuerst Daten laden.</translation>
        </message>
        <message>
            <source>Layer %1: %2 units, drawn as one block (more than %3 units). Its links are summaries: hover them for the mean and RMS of the weights they stand for.</source>
            <translation>Schicht %1: %2 Einheiten, als ein Block gezeichnet (mehr als %3 Einheiten). Ihre Verbindungen sind Zusammenfassungen: Mit der Maus darauf zeigen für Mittelwert und RMS der Gewichte, für die sie stehen.</translation>
        </message>
        <message>
            <source>%1
units</source>
            <translation>%1
Einheiten</translation>
        </message>
        <message>
            <source>Bias unit of layer %1: always +1. Its weights into layer %2 are column 0 of Θ(%1).</source>
            <translation>Bias-Einheit der Schicht %1: immer +1. Ihre Gewichte in Schicht %2 sind Spalte 0 von Θ(%1).</translation>
        </message>
        <message>
            <source>input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Layer %1 · %2
%3</source>
            <translation>Schicht %1 · %2
%3</translation>
        </message>
        <message>
            <source>z(%1) = Θ(%2)·[1; a(%2)]</source>
            <translation>z(%1) = Θ(%2)·[1; a(%2)]</translation>
        </message>
        <message>
            <source>bias weight of unit %1 of layer %2</source>
            <translation>Bias-Gewicht von Einheit %1 der Schicht %2</translation>
        </message>
        <message>
            <source>weight from unit %1 of layer %2 to unit %3 of layer %4</source>
            <translation>Gewicht von Einheit %1 der Schicht %2 zu Einheit %3 der Schicht %4</translation>
        </message>
        <message>
            <source>%1 = %2
%3 (%4)</source>
            <translation>%1 = %2
%3 (%4)</translation>
        </message>
        <message>
            <source>the %1 weights into unit %2 of layer %3</source>
            <translation>die %1 Gewichte in Einheit %2 der Schicht %3</translation>
        </message>
        <message>
            <source>the %1 bias weights of layer %2</source>
            <translation>die %1 Bias-Gewichte der Schicht %2</translation>
        </message>
        <message>
            <source>the %1 weights out of unit %2 of layer %3</source>
            <translation>die %1 Gewichte aus Einheit %2 der Schicht %3</translation>
        </message>
        <message>
            <source>all %1 non-bias weights of Θ(%2)</source>
            <translation>alle %1 Nicht-Bias-Gewichte von Θ(%2)</translation>
        </message>
        <message>
            <source>%1: %2
mean %3, RMS %4, max |Θ| %5 (%6)</source>
            <translation>%1: %2
Mittelwert %3, RMS %4, max |Θ| %5 (%6)</translation>
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
            <translation>Keine Daten zum Bemalen.</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom: no painting</source>
            <translation>Ziehen verschiebt, Mausrad zoomt: kein Malen</translation>
        </message>
        <message>
            <source>Add (x, y)</source>
            <translation>(x, y) hinzufügen</translation>
        </message>
        <message>
            <source>Click the plot to add the point (x, y)</source>
            <translation>Das Diagramm anklicken, um den Punkt (x, y) hinzuzufügen</translation>
        </message>
        <message>
            <source>Click the plot to add a point of class %1</source>
            <translation>Das Diagramm anklicken, um einen Punkt der Klasse %1 hinzuzufügen</translation>
        </message>
        <message>
            <source>Painted points join the training split; the normalisation is kept until Regenerate.</source>
            <translation>Gemalte Punkte kommen zur Trainingsmenge; die Normalisierung bleibt bis „Neu erzeugen“ unverändert.</translation>
        </message>
        <message>
            <source>Click: add a point · Shift+click: remove the nearest · drag: paint several. Each stroke is one undo step. Painted points join the training split; the normalisation is not refitted until Regenerate or a new split. Saving keeps the points.</source>
            <translation>Klick: Punkt hinzufügen · Shift+Klick: nächstgelegenen entfernen · Ziehen: mehrere malen. Jeder Strich ist ein Rückgängig-Schritt. Gemalte Punkte kommen zur Trainingsmenge; die Normalisierung wird erst bei „Neu erzeugen“ oder einer neuen Aufteilung neu angepasst. Beim Speichern bleiben die Punkte erhalten.</translation>
        </message>
        <message>
            <source>Paint class %1</source>
            <translation>Klasse %1 malen</translation>
        </message>
    </context>
    <context>
        <name>bpui::PlantedBugCheck</name>
        <message>
            <source>No bug (textbook backprop)</source>
            <translation>Kein Fehler (Backprop wie im Lehrbuch)</translation>
        </message>
        <message>
            <source>g′(z) factor left out</source>
            <translation>Faktor g′(z) weggelassen</translation>
        </message>
        <message>
            <source>Bias column regularised</source>
            <translation>Bias-Spalte regularisiert</translation>
        </message>
        <message>
            <source>1/m left out</source>
            <translation>1/m weggelassen</translation>
        </message>
        <message>
            <source>δ through the bias row</source>
            <translation>δ durch die Bias-Zeile</translation>
        </message>
        <message>
            <source>Wrong sign on δ(L)</source>
            <translation>Falsches Vorzeichen bei δ(L)</translation>
        </message>
        <message>
            <source>y not recoded one-hot</source>
            <translation>y nicht one-hot kodiert</translation>
        </message>
        <message>
            <source>No bug: the textbook backpropagation.</source>
            <translation>Kein Fehler: Backpropagation wie im Lehrbuch.</translation>
        </message>
        <message>
            <source>The g'(z) factor is left out of the hidden δ terms.</source>
            <translation>Der Faktor g'(z) fehlt in den verborgenen δ-Termen.</translation>
        </message>
        <message>
            <source>The bias column is regularised like the other weights.</source>
            <translation>Die Bias-Spalte wird wie die übrigen Gewichte regularisiert.</translation>
        </message>
        <message>
            <source>The accumulated Δ is not divided by the number of examples m.</source>
            <translation>Das akkumulierte Δ wird nicht durch die Zahl der Beispiele m geteilt.</translation>
        </message>
        <message>
            <source>δ is propagated through the bias row, so every hidden δ is shifted by one unit.</source>
            <translation>δ wird durch die Bias-Zeile propagiert, sodass jedes verborgene δ um eine Einheit verschoben ist.</translation>
        </message>
        <message>
            <source>The output error has the wrong sign: δ(L) = y − a(L).</source>
            <translation>Der Ausgabefehler hat das falsche Vorzeichen: δ(L) = y − a(L).</translation>
        </message>
        <message>
            <source>y is used as the raw class number instead of its one-hot vector.</source>
            <translation>y wird als rohe Klassennummer statt als One-hot-Vektor verwendet.</translation>
        </message>
        <message>
            <source>without a hidden layer there is no hidden δ to scale by g′</source>
            <translation>ohne verborgene Schicht gibt es kein verborgenes δ, das mit g′ zu skalieren wäre</translation>
        </message>
        <message>
            <source>linear hidden units have g′(z) = 1</source>
            <translation>lineare verborgene Einheiten haben g′(z) = 1</translation>
        </message>
        <message>
            <source>without a hidden layer no δ is propagated back</source>
            <translation>ohne verborgene Schicht wird kein δ zurückpropagiert</translation>
        </message>
        <message>
            <source>bias column (%1)</source>
            <translation>Bias-Spalte (%1)</translation>
        </message>
        <message>
            <source>weights (%1)</source>
            <translation>Gewichte (%1)</translation>
        </message>
        <message>
            <source>%1 of %2 parameters sampled (seed %3)</source>
            <translation>%1 von %2 Parametern als Stichprobe (Seed %3)</translation>
        </message>
        <message>
            <source>all %1 parameters</source>
            <translation>alle %1 Parameter</translation>
        </message>
        <message>
            <source>, %1 examples, λ = %2</source>
            <translation>, %1 Beispiele, λ = %2</translation>
        </message>
    </context>
    <context>
        <name>bpui::PlotExport</name>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>bpui::PredictionPlot</name>
        <message>
            <source>Prediction</source>
            <translation>Vorhersage</translation>
        </message>
        <message>
            <source>Counts of examples: row = actual class, column = predicted class; the diagonal is what the network gets right</source>
            <translation>Anzahl der Beispiele: Zeile = tatsächliche Klasse, Spalte = vorhergesagte Klasse; die Diagonale ist das, was das Netz richtig macht</translation>
        </message>
        <message>
            <source>No prediction to show: load data and build a network.</source>
            <translation>Keine Vorhersage anzuzeigen: Daten laden und ein Netz aufbauen.</translation>
        </message>
        <message>
            <source>training</source>
            <translation>Trainingsmenge</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>Validierungsmenge</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Decision surface: each background cell has the colour of the class the network predicts there, paler where it is less sure (%1 × %1 grid). Filled dots: training examples; hollow: validation.</source>
            <translation>Entscheidungsfläche: Jede Hintergrundzelle hat die Farbe der Klasse, die das Netz dort vorhersagt, blasser, wo es sich weniger sicher ist (%1 × %1-Gitter). Gefüllte Punkte: Trainingsbeispiele; hohle: Validierung.</translation>
        </message>
        <message>
            <source>network h(x)</source>
            <translation>Netz h(x)</translation>
        </message>
        <message>
            <source>target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Regression: the network's output h(x) (line) over the training (filled) and validation (hollow) examples%1.</source>
            <translation>Regression: die Ausgabe h(x) des Netzes (Linie) über den Trainings- (gefüllt) und Validierungsbeispielen (hohl)%1.</translation>
        </message>
        <message>
            <source>; first target of %1</source>
            <translation>; erster Zielwert von %1</translation>
        </message>
        <message>
            <source>examples</source>
            <translation>Beispiele</translation>
        </message>
        <message>
            <source>actual target</source>
            <translation>tatsächlicher Zielwert</translation>
        </message>
        <message>
            <source>predicted</source>
            <translation>vorhergesagt</translation>
        </message>
        <message>
            <source>actual %1</source>
            <translation>tatsächlich %1</translation>
        </message>
        <message>
            <source>predicted
%1</source>
            <translation>vorhergesagt
%1</translation>
        </message>
        <message>
            <source>, the first %1 of %2</source>
            <translation>, die ersten %1 von %2</translation>
        </message>
        <message>
            <source>The input plane coloured by the class the network predicts at each point, with the training examples drawn on top in their own class colours.</source>
            <translation>Die Eingabeebene, gefärbt nach der Klasse, die das Netz an jedem Punkt vorhersagt, mit den Trainingsbeispielen darüber in ihren eigenen Klassenfarben.</translation>
        </message>
        <message>
            <source>Predicted against actual (first target) on the validation split, %1 examples: a perfect fit lies on the dashed y = x line.</source>
            <translation>Vorhersage gegen tatsächlichen Wert (erster Zielwert) auf der Validierungsmenge, %1 Beispiele: Eine perfekte Anpassung liegt auf der gestrichelten Geraden y = x.</translation>
        </message>
        <message>
            <source>Predicted against actual (first target) on the training split, %1 examples: a perfect fit lies on the dashed y = x line.</source>
            <translation>Vorhersage gegen tatsächlichen Wert (erster Zielwert) auf der Trainingsmenge, %1 Beispiele: Eine perfekte Anpassung liegt auf der gestrichelten Geraden y = x.</translation>
        </message>
        <message>
            <source>Confusion matrix on the validation split (%1 examples%2): rows are the actual class, columns the predicted one. Accuracy %3 %.</source>
            <translation>Konfusionsmatrix auf der Validierungsmenge (%1 Beispiele%2): Zeilen sind die tatsächliche Klasse, Spalten die vorhergesagte. Genauigkeit %3 %.</translation>
        </message>
        <message>
            <source>Confusion matrix on the training split (%1 examples%2): rows are the actual class, columns the predicted one. Accuracy %3 %.</source>
            <translation>Konfusionsmatrix auf der Trainingsmenge (%1 Beispiele%2): Zeilen sind die tatsächliche Klasse, Spalten die vorhergesagte. Genauigkeit %3 %.</translation>
        </message>
    </context>
    <context>
        <name>bpui::ProjectFiles</name>
        <message>
            <source>&amp;New project</source>
            <translation>&amp;Neues Projekt</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>Projekt ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Save project</source>
            <translation>Projekt &amp;speichern</translation>
        </message>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Projekt speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>%1[*] — Backprop Studio</source>
            <translation>%1[*] – Backprop Studio</translation>
        </message>
        <message>
            <source>New project: the spiral example.</source>
            <translation>Neues Projekt: das Spiral-Beispiel.</translation>
        </message>
        <message>
            <source>Restored the unsaved changes to %1 from %2.</source>
            <translation>Die ungespeicherten Änderungen an %1 aus %2 wiederhergestellt.</translation>
        </message>
        <message>
            <source>Opened a copy of %1: Save asks where to keep it.</source>
            <translation>Eine Kopie von %1 geöffnet: Beim Speichern wird nach dem Speicherort gefragt.</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>%1 geöffnet.</translation>
        </message>
        <message>
            <source>Opening %1 was cancelled; the project is as it was.</source>
            <translation>Öffnen von %1 abgebrochen; das Projekt ist unverändert.</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>Das Projekt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <source>Another file is still loading: wait for it or cancel it first.</source>
            <translation>Eine andere Datei wird noch geladen: darauf warten oder sie zuerst abbrechen.</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>%1 wird gespeichert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Saving was cancelled; %1 was left as it was.</source>
            <translation>Speichern abgebrochen; %1 blieb unverändert.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>Cannot open the files</source>
            <translation>Die Dateien können nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Open one project (*.bpstudio), one CSV file, or an IDX images file together with its labels file.</source>
            <translation>Ein Projekt (*.bpstudio), eine CSV-Datei oder eine IDX-Bilddatei zusammen mit ihrer Label-Datei öffnen.</translation>
        </message>
        <message>
            <source>%1 and %2 are both IDX images files: one of the two must be the labels file.</source>
            <translation>%1 und %2 sind beide IDX-Bilddateien: Eine der beiden muss die Label-Datei sein.</translation>
        </message>
        <message>
            <source>%1 and %2 are both IDX labels files: one of the two must be the images file.</source>
            <translation>%1 und %2 sind beide IDX-Label-Dateien: Eine der beiden muss die Bilddatei sein.</translation>
        </message>
        <message>
            <source>%1 is not an IDX images or labels file: it does not start with an IDX magic number (0x00000803 for images, 0x00000801 for labels), or it cannot be read.</source>
            <translation>%1 ist keine IDX-Bild- oder -Label-Datei: Sie beginnt nicht mit einer IDX-Magic-Number (0x00000803 für Bilder, 0x00000801 für Labels) oder kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Cannot open these %1 files together. %2</source>
            <translation>Diese %1 Dateien können nicht zusammen geöffnet werden. %2</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>Das Projekt kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The project "%1" has unsaved changes. Save them?</source>
            <translation>Das Projekt „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
        </message>
        <message>
            <source>untitled.bpstudio</source>
            <translation>unbenannt.bpstudio</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Projekt speichern</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <source>CSV data (*.csv);;All files (*)</source>
            <translation>CSV-Daten (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>%1 is an IDX images file: open it together with its labels file (drop both at once, or name both on the command line).</source>
            <translation>%1 ist eine IDX-Bilddatei: Zusammen mit der zugehörigen Label-Datei öffnen (beide gleichzeitig ablegen oder beide auf der Kommandozeile angeben).</translation>
        </message>
        <message>
            <source>%1 is an IDX labels file: open it together with its images file (drop both at once, or name both on the command line).</source>
            <translation>%1 ist eine IDX-Label-Datei: Zusammen mit der zugehörigen Bilddatei öffnen (beide gleichzeitig ablegen oder beide auf der Kommandozeile angeben).</translation>
        </message>
        <message>
            <source>Backprop Studio project (*.bpstudio)</source>
            <translation>Backprop-Studio-Projekt (*.bpstudio)</translation>
        </message>
    </context>
    <context>
        <name>bpui::RaceDialog</name>
        <message>
            <source>Race</source>
            <translation>Rennen</translation>
        </message>
        <message>
            <source>Optimisers</source>
            <translation>Optimierer</translation>
        </message>
        <message>
            <source>Learning rates</source>
            <translation>Lernraten</translation>
        </message>
        <message>
            <source>λ values</source>
            <translation>λ-Werte</translation>
        </message>
        <message>
            <source>What differs between the racers; everything else is the Training panel's settings</source>
            <translation>Was sich zwischen den Teilnehmern unterscheidet; alles andere kommt aus den Einstellungen im Dock „Training“</translation>
        </message>
        <message>
            <source>Tick the racers; double-click a number to edit it</source>
            <translation>Teilnehmer anhaken; Doppelklick auf eine Zahl, um sie zu bearbeiten</translation>
        </message>
        <message>
            <source>another value, e.g. 0.05</source>
            <translation>ein weiterer Wert, z. B. 0.05</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>One after another</source>
            <translation>Nacheinander</translation>
        </message>
        <message>
            <source>Interleaved (take turns, one iteration each)</source>
            <translation>Abwechselnd (jeweils eine Iteration)</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation> Iterationen</translation>
        </message>
        <message>
            <source>Each racer trains for this many iterations (other stopping rules of the Training panel still apply)</source>
            <translation>Jeder Teilnehmer trainiert so viele Iterationen (die anderen Abbruchregeln des Docks „Training“ gelten weiterhin)</translation>
        </message>
        <message>
            <source>All racers start from the current weights.</source>
            <translation>Alle Teilnehmer starten von den aktuellen Gewichten.</translation>
        </message>
        <message>
            <source>&amp;Start race</source>
            <translation>Rennen &amp;starten</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>St&amp;opp</translation>
        </message>
        <message>
            <source>Stop every racer now; what they trained is kept as runs</source>
            <translation>Alle Teilnehmer jetzt stoppen; was sie trainiert haben, bleibt als Läufe erhalten</translation>
        </message>
        <message>
            <source>Vary:</source>
            <translation>Variieren:</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Reihenfolge:</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Budget:</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>"%1" is not a number ≥ 0.</source>
            <translation>„%1“ ist keine Zahl ≥ 0.</translation>
        </message>
        <message>
            <source>There are no weights or no training data to race on.</source>
            <translation>Es gibt keine Gewichte oder keine Trainingsdaten für ein Rennen.</translation>
        </message>
        <message>
            <source>%1 chooses its own step length: pick another optimiser in the Training panel to race learning rates.</source>
            <translation>%1 wählt seine Schrittweite selbst: Im Dock „Training“ einen anderen Optimierer wählen, um Lernraten gegeneinander antreten zu lassen.</translation>
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
            <translation>Mindestens zwei Teilnehmer anhaken.</translation>
        </message>
        <message>
            <source>Race %1 · %2</source>
            <translation>Rennen %1 · %2</translation>
        </message>
        <message>
            <source>Race %1: %2 racers, %3.</source>
            <translation>Rennen %1: %2 Teilnehmer, %3.</translation>
        </message>
        <message>
            <source>interleaved</source>
            <translation>abwechselnd</translation>
        </message>
        <message>
            <source>one after another</source>
            <translation>nacheinander</translation>
        </message>
        <message>
            <source>Race %1 stopped.</source>
            <translation>Rennen %1 gestoppt.</translation>
        </message>
        <message>
            <source>Race %1 finished.</source>
            <translation>Rennen %1 beendet.</translation>
        </message>
        <message>
            <source> Lowest cost: %1 (J = %2).</source>
            <translation> Niedrigste Kosten: %1 (J = %2).</translation>
        </message>
        <message>
            <source>"%1" is not a valid learning rate.</source>
            <translation>„%1“ ist keine gültige Lernrate.</translation>
        </message>
        <message>
            <source>"%1" is not a valid λ (≥ 0).</source>
            <translation>„%1“ ist kein gültiges λ (≥ 0).</translation>
        </message>
    </context>
    <context>
        <name>bpui::RecoveryKeeper</name>
        <message>
            <source>Cannot lock a recovery copy in %1.</source>
            <translation>Eine Wiederherstellungskopie in %1 kann nicht gesperrt werden.</translation>
        </message>
    </context>
    <context>
        <name>bpui::RecoveryPrompt</name>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Ungespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <source>It had not been saved yet.</source>
            <translation>Es war noch nicht gespeichert worden.</translation>
        </message>
        <message>
            <source>Its file: %1</source>
            <translation>Datei: %1</translation>
        </message>
        <message>
            <source>&lt;p&gt;Backprop Studio did not close properly. It kept a copy of the unsaved project &lt;b&gt;%1&lt;/b&gt;, written %2.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
            <translation>&lt;p&gt;Backprop Studio wurde nicht ordnungsgemäß beendet. Es hat eine Kopie des ungespeicherten Projekts &lt;b&gt;%1&lt;/b&gt; aufbewahrt, geschrieben am %2.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Restore opens it with its changes unsaved; Discard deletes the copy.&lt;/p&gt;</source>
            <translation>&lt;p&gt;„Wiederherstellen“ öffnet es mit ungespeicherten Änderungen; „Verwerfen“ löscht die Kopie.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;%n more copies wait; they are offered next.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;%n weitere Kopie wartet; sie wird als Nächstes angeboten.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;%n weitere Kopien warten; sie werden als Nächstes angeboten.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
    </context>
    <context>
        <name>bpui::RunsDock</name>
        <message>
            <source>Tick runs to overlay their cost curves; double-click a name to rename; Delete removes the selected runs</source>
            <translation>Läufe anhaken, um ihre Kostenkurven zu überlagern; Doppelklick auf einen Namen zum Umbenennen; Entf entfernt die ausgewählten Läufe</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Remove the selected runs (not the live one) (Delete)</source>
            <translation>Die ausgewählten Läufe entfernen (nicht den Live-Lauf) (Entf)</translation>
        </message>
        <message>
            <source>Race…</source>
            <translation>Rennen…</translation>
        </message>
        <message>
            <source>Train several optimisers, learning rates or λ values from the current weights and compare their curves</source>
            <translation>Mehrere Optimierer, Lernraten oder λ-Werte von den aktuellen Gewichten aus trainieren und ihre Kurven vergleichen</translation>
        </message>
        <message>
            <source>Scrub through the selected run's weight snapshots: the Timeline dock shows the network as it was (the live weights stay as they are)</source>
            <translation>Durch die Gewichts-Schnappschüsse des ausgewählten Laufs blättern: Das Dock „Zeitleiste“ zeigt das Netz, wie es damals war (die Live-Gewichte bleiben unverändert)</translation>
        </message>
        <message>
            <source>Back to live</source>
            <translation>Zurück zum Live-Stand</translation>
        </message>
        <message>
            <source>Leave the timeline: the main views show the live weights</source>
            <translation>Zeitleiste verlassen: Die Hauptansichten zeigen die Live-Gewichte</translation>
        </message>
        <message>
            <source>Branch from here</source>
            <translation>Von hier abzweigen</translation>
        </message>
        <message>
            <source>Make the viewed weights (with that run's network and settings) the current ones and train a new run from them</source>
            <translation>Die angezeigten Gewichte (mit Netz und Einstellungen dieses Laufs) zu den aktuellen machen und von ihnen aus einen neuen Lauf trainieren</translation>
        </message>
        <message>
            <source>Timeline:</source>
            <translation>Zeitleiste:</translation>
        </message>
        <message>
            <source>Select a run to scrub through its weights.</source>
            <translation>Einen Lauf auswählen, um durch seine Gewichte zu blättern.</translation>
        </message>
        <message>
            <source>%1 was trained on other data (%2): its weights are not shown on this data.</source>
            <translation>%1 wurde auf anderen Daten trainiert (%2): Seine Gewichte werden auf diesen Daten nicht angezeigt.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n weight snapshot(s); move the slider to view one.</source>
            <translation>
                <numerusform>%1: %n Gewichts-Schnappschuss; den Schieberegler bewegen, um ihn anzusehen.</numerusform>
                <numerusform>%1: %n Gewichts-Schnappschüsse; den Schieberegler bewegen, um einen anzusehen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at iteration %2 (the live weights are untouched)</source>
            <translation>%1 bei Iteration %2 (die Live-Gewichte bleiben unberührt)</translation>
        </message>
        <message>
            <source>Cannot show this run here: see the Timeline dock.</source>
            <translation>Dieser Lauf kann hier nicht angezeigt werden: siehe Dock „Zeitleiste“.</translation>
        </message>
        <message>
            <source>Viewing %1 at iteration %2 (snapshot %3 of %4).</source>
            <translation>Anzeige von %1 bei Iteration %2 (Schnappschuss %3 von %4).</translation>
        </message>
        <message>
            <source>Showing nothing: the main views show the live weights. Move the Runs dock's timeline slider to look back.</source>
            <translation>Nichts angezeigt: Die Hauptansichten zeigen die Live-Gewichte. Den Zeitleisten-Schieberegler im Dock „Läufe“ bewegen, um zurückzublicken.</translation>
        </message>
        <message>
            <source>%1 @ %2</source>
            <translation>%1 @ %2</translation>
        </message>
        <message>
            <source>Cannot branch: %1</source>
            <translation>Abzweigen nicht möglich: %1</translation>
        </message>
        <message>
            <source>Cannot branch: this run's network does not fit the current data.</source>
            <translation>Abzweigen nicht möglich: Das Netz dieses Laufs passt nicht zu den aktuellen Daten.</translation>
        </message>
        <message>
            <source>Branched: %1 starts from the weights of iteration %2.</source>
            <translation>Abgezweigt: %1 startet von den Gewichten der Iteration %2.</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <source>Timeline position</source>
            <translation>Position auf der Zeitleiste</translation>
        </message>
    </context>
    <context>
        <name>bpui::RunsModel</name>
        <message>
            <source>%1 · %2 examples · noise %3 · seed %4</source>
            <translation>%1 · %2 Beispiele · Rauschen %3 · Seed %4</translation>
        </message>
        <message>
            <source>%1 · %2 × %3</source>
            <translation>%1 · %2 × %3</translation>
        </message>
        <message>
            <source>%1 · %2 images</source>
            <translation>%1 · %2 Bilder</translation>
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
            <translation> · Batch %1</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Lauf %1</translation>
        </message>
        <message>
            <source>Trained on other data (%1); the project's data is now %2. Kept, but not overlaid on this data's cost plot.</source>
            <translation>Auf anderen Daten trainiert (%1); die Daten des Projekts sind jetzt %2. Aufbewahrt, aber nicht im Kostendiagramm dieser Daten überlagert.</translation>
        </message>
        <message>
            <source>The live run: its curve is the cost plot's own. It becomes a kept run at the next weight reset or branch.</source>
            <translation>Der Live-Lauf: Seine Kurve ist die eigene Kurve des Kostendiagramms. Beim nächsten Zurücksetzen der Gewichte oder Abzweigen wird er zu einem aufbewahrten Lauf.</translation>
        </message>
        <message>
            <source>Tick to overlay this run's cost curve; double-click to rename.</source>
            <translation>Anhaken, um die Kostenkurve dieses Laufs zu überlagern; Doppelklick zum Umbenennen.</translation>
        </message>
        <message>
            <source> · other data: %1</source>
            <translation> · andere Daten: %1</translation>
        </message>
        <message>
            <source> · live</source>
            <translation> · live</translation>
        </message>
        <message>
            <source> · racing</source>
            <translation> · im Rennen</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Final cost</source>
            <translation>Endkosten</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>Iterationen</translation>
        </message>
    </context>
    <context>
        <name>bpui::RunsTools</name>
        <message>
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>&amp;Race…</source>
            <translation>&amp;Rennen…</translation>
        </message>
        <message>
            <source>Train several optimisers, learning rates or λ values from the same weights and compare their curves (Ctrl+Shift+R)</source>
            <translation>Mehrere Optimierer, Lernraten oder λ-Werte von denselben Gewichten aus trainieren und ihre Kurven vergleichen (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Training is running: stop it (Shift+F5) before a race.</source>
            <translation>Das Training läuft: Vor einem Rennen stoppen (Shift+F5).</translation>
        </message>
    </context>
    <context>
        <name>bpui::SelfTestDialog</name>
        <message>
            <source>Course self-test</source>
            <translation>Kurs-Selbsttest</translation>
        </message>
        <message>
            <source>The course's reference checks: the 3-5-3 debug network (Θ and X filled with sin(1…)/10) must give the published gradient entries at λ = 0 and λ = 3, its gradient check must agree below 1e-9, and g′(z) = g(z)(1 − g(z)) of the sigmoid must match the published values.</source>
            <translation>Die Referenzprüfungen des Kurses: Das 3-5-3-Debug-Netz (Θ und X gefüllt mit sin(1…)/10) muss die veröffentlichten Gradienteneinträge bei λ = 0 und λ = 3 liefern, seine Gradientenprüfung muss unter 1e-9 übereinstimmen, und g′(z) = g(z)(1 − g(z)) des Sigmoids muss die veröffentlichten Werte treffen.</translation>
        </message>
        <message>
            <source>PASS when every check is within its tolerance</source>
            <translation>BESTANDEN, wenn jede Prüfung innerhalb ihrer Toleranz liegt</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <source>|Difference|</source>
            <translation>|Differenz|</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Toleranz</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Each check passes when |actual − expected| ≤ tolerance</source>
            <translation>Jede Prüfung ist bestanden, wenn |tatsächlich − erwartet| ≤ Toleranz</translation>
        </message>
        <message>
            <source>Run again</source>
            <translation>Erneut ausführen</translation>
        </message>
        <message>
            <source>PASS</source>
            <translation>BESTANDEN</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message>
            <source>PASS — all %1 reference checks agree with the course</source>
            <translation>BESTANDEN – alle %1 Referenzprüfungen stimmen mit dem Kurs überein</translation>
        </message>
        <message>
            <source>FAIL — %1 of %2 reference checks disagree</source>
            <translation>FEHLGESCHLAGEN – %1 von %2 Referenzprüfungen stimmen nicht überein</translation>
        </message>
    </context>
    <context>
        <name>bpui::SettingsUndo</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>bpui::StatusBarWidget</name>
        <message>
            <source>iteration %1</source>
            <translation>Iteration %1</translation>
        </message>
        <message>
            <source>epoch %1</source>
            <translation>Epoche %1</translation>
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
            <translation>%p% · noch %1</translation>
        </message>
        <message>
            <source>iteration 0</source>
            <translation>Iteration 0</translation>
        </message>
        <message>
            <source>epoch 0</source>
            <translation>Epoche 0</translation>
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
            <translation>B: wie viele Trainingsbeispiele (die ersten B der Trainingsmenge) den Batch bilden; m = B in D = Δ/m + (λ/m)Θ</translation>
        </message>
        <message>
            <source>Mini-batch size</source>
            <translation>Mini-Batch-Größe</translation>
        </message>
        <message>
            <source>Use the training mini-batch size as B (the whole training set, capped, for full batch). The trainer shuffles its batches; here the first B examples are used.</source>
            <translation>Die Mini-Batch-Größe des Trainings als B verwenden (bei vollem Batch die ganze Trainingsmenge, begrenzt). Der Trainer mischt seine Batches; hier werden die ersten B Beispiele verwendet.</translation>
        </message>
        <message>
            <source>batch: D, update</source>
            <translation>Batch: D, Aktualisierung</translation>
        </message>
        <message>
            <source>Which example of the batch to walk through (i in x(i)); below 1: the batch-wide steps D and the update</source>
            <translation>Welches Beispiel des Batches durchlaufen wird (i in x(i)); unter 1: die Batch-weiten Schritte D und die Aktualisierung</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Back one step</source>
            <translation>Einen Schritt zurück</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>Forward one step: forward pass, δ backward, Δ accumulation, then D and the update after the last example</source>
            <translation>Einen Schritt vorwärts: Vorwärtsdurchlauf, δ rückwärts, Δ-Akkumulation, dann D und die Aktualisierung nach dem letzten Beispiel</translation>
        </message>
        <message>
            <source>Next example</source>
            <translation>Nächstes Beispiel</translation>
        </message>
        <message>
            <source>Skip to the first step of the next example</source>
            <translation>Zum ersten Schritt des nächsten Beispiels springen</translation>
        </message>
        <message>
            <source>Run to end of batch</source>
            <translation>Bis zum Ende des Batches ausführen</translation>
        </message>
        <message>
            <source>Process every remaining example; show D(1) = Δ(1)/m + (λ/m)Θ(1)</source>
            <translation>Alle verbleibenden Beispiele verarbeiten; D(1) = Δ(1)/m + (λ/m)Θ(1) anzeigen</translation>
        </message>
        <message>
            <source>Apply update</source>
            <translation>Aktualisierung anwenden</translation>
        </message>
        <message>
            <source>Write Θ := Θ − α·D for every layer into the project (plain gradient descent) and walk the batch again</source>
            <translation>Θ := Θ − α·D für jede Schicht in das Projekt schreiben (einfacher Gradientenabstieg) und den Batch erneut durchlaufen</translation>
        </message>
        <message>
            <source>Every step of the batch: drag to scrub</source>
            <translation>Jeder Schritt des Batches: Ziehen zum Blättern</translation>
        </message>
        <message>
            <source>The course's equation for this step (layers 1-based: a(1) = x)</source>
            <translation>Die Gleichung des Kurses für diesen Schritt (Schichten ab 1 gezählt: a(1) = x)</translation>
        </message>
        <message>
            <source>Rows × columns of every term: Θ(l) is s(l+1) × (s(l) + 1)</source>
            <translation>Zeilen × Spalten jedes Terms: Θ(l) ist s(l+1) × (s(l) + 1)</translation>
        </message>
        <message>
            <source>The numbers of every term; tinted: the bias column / bias entry; blue positive, red negative; large ones elided (⋯, ⋮) with their full shape stated</source>
            <translation>Die Zahlen jedes Terms; getönt: Bias-Spalte / Bias-Eintrag; blau positiv, rot negativ; große Terme gekürzt (⋯, ⋮), mit Angabe ihrer vollen Form</translation>
        </message>
        <message>
            <source>Batch B:</source>
            <translation>Batch B:</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>Beispiel:</translation>
        </message>
        <message>
            <source>Nothing to step through: %1</source>
            <translation>Nichts zum schrittweisen Durchlaufen: %1</translation>
        </message>
        <message>
            <source>Update applied: Θ := Θ − α·D. Walking the batch again with the new weights.</source>
            <translation>Aktualisierung angewendet: Θ := Θ − α·D. Der Batch wird mit den neuen Gewichten erneut durchlaufen.</translation>
        </message>
        <message>
            <source>training example %1</source>
            <translation>Trainingsbeispiel %1</translation>
        </message>
        <message>
            <source>, class %1</source>
            <translation>, Klasse %1</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>Schritt %1 / %2</translation>
        </message>
        <message>
            <source>Shapes — </source>
            <translation>Dimensionen – </translation>
        </message>
        <message>
            <source>Batch size B</source>
            <translation>Batch-Größe B</translation>
        </message>
        <message>
            <source>Example of the batch</source>
            <translation>Beispiel des Batches</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
    </context>
    <context>
        <name>bpui::StepInspectorModel</name>
        <message>
            <source>Input</source>
            <comment>step kind</comment>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Forward</source>
            <comment>step kind</comment>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <source>Output error</source>
            <comment>step kind</comment>
            <translation>Ausgabefehler</translation>
        </message>
        <message>
            <source>Backward</source>
            <comment>step kind</comment>
            <translation>Rückwärts</translation>
        </message>
        <message>
            <source>Accumulate</source>
            <comment>step kind</comment>
            <translation>Akkumulieren</translation>
        </message>
        <message>
            <source>Gradient</source>
            <comment>step kind</comment>
            <translation>Gradient</translation>
        </message>
        <message>
            <source>Update</source>
            <comment>step kind</comment>
            <translation>Aktualisierung</translation>
        </message>
        <message>
            <source>Θ(%1) new</source>
            <extracomment>A term's label: keep "Θ(%1)" as it is (it is set as Θ with a superscript).</extracomment>
            <translation>Θ(%1) neu</translation>
        </message>
        <message>
            <source>Δ(%1) before</source>
            <extracomment>A term's label: keep "Δ(%1)" as it is (it is set as Δ with a superscript).</extracomment>
            <translation>Δ(%1) vorher</translation>
        </message>
        <message>
            <source>Δ(%1) after</source>
            <extracomment>A term's label: keep "Δ(%1)" as it is (it is set as Δ with a superscript).</extracomment>
            <translation>Δ(%1) nachher</translation>
        </message>
        <message>
            <source>No batch</source>
            <translation>Kein Batch</translation>
        </message>
        <message>
            <source>layer %1 → %2</source>
            <translation>Schicht %1 → %2</translation>
        </message>
        <message>
            <source>example %1 of %2</source>
            <translation>Beispiel %1 von %2</translation>
        </message>
        <message>
            <source>whole batch, m = %1</source>
            <translation>ganzer Batch, m = %1</translation>
        </message>
        <message>
            <source>δ(%1) = (Θ(%1)ᵀ δ(%2))[without bias row] .* g′(z(%1)),   g = %3</source>
            <extracomment>An equation: translate only the words in brackets; keep the symbols and the spaces.</extracomment>
            <translation>δ(%1) = (Θ(%1)ᵀ δ(%2))[ohne Bias-Zeile] .* g′(z(%1)),   g = %3</translation>
        </message>
        <message>
            <source>D(%1) = Δ(%1) / m + (λ / m) · Θ(%1)   (column 0, the bias: Δ(%1) / m only),   m = %2, λ = %3</source>
            <extracomment>An equation: translate only the words in parentheses; keep the symbols and spaces.</extracomment>
            <translation>D(%1) = Δ(%1) / m + (λ / m) · Θ(%1)   (Spalte 0, der Bias: nur Δ(%1) / m),   m = %2, λ = %3</translation>
        </message>
        <message>
            <source>The input layer's units are the example's features (normalised as for training); y is its target, one-hot for classes.</source>
            <translation>Die Einheiten der Eingabeschicht sind die Merkmale des Beispiels (normalisiert wie fürs Training); y ist sein Zielwert, one-hot bei Klassen.</translation>
        </message>
        <message>
            <source>Row j of Θ weighs the bias unit 1 (tinted column) and every unit of the layer below into unit j's input z_j; g turns it into the unit's activation.</source>
            <translation>Zeile j von Θ gewichtet die Bias-Einheit 1 (getönte Spalte) und jede Einheit der Schicht darunter zur Eingabe z_j der Einheit j; g macht daraus die Aktivierung der Einheit.</translation>
        </message>
        <message>
            <source>With its matching loss (logistic for sigmoid, cross-entropy for softmax, squared error for linear outputs) ∂J/∂z of the output layer is simply a − y.</source>
            <translation>Mit der passenden Verlustfunktion (logistisch bei Sigmoid, Kreuzentropie bei Softmax, quadratischer Fehler bei linearen Ausgaben) ist ∂J/∂z der Ausgabeschicht einfach a − y.</translation>
        </message>
        <message>
            <source>The error flows back through the same weights, transposed. The bias unit has no input, so its entry (tinted) is dropped; g′(z) scales each unit's share by how sensitive it was.</source>
            <translation>Der Fehler fließt transponiert durch dieselben Gewichte zurück. Die Bias-Einheit hat keine Eingabe, daher entfällt ihr Eintrag (getönt); g′(z) skaliert den Anteil jeder Einheit danach, wie empfindlich sie war.</translation>
        </message>
        <message>
            <source>Each weight's gradient for this example is (error of the unit it feeds) × (activation it carries); Δ sums them over the batch.</source>
            <translation>Der Gradient jedes Gewichts für dieses Beispiel ist (Fehler der Einheit, die es speist) × (Aktivierung, die es trägt); Δ summiert sie über den Batch.</translation>
        </message>
        <message>
            <source>Averaging over the m examples and adding the regularisation gives ∂J/∂Θ. The bias column (tinted) is not regularised.</source>
            <translation>Mitteln über die m Beispiele und Addieren der Regularisierung ergibt ∂J/∂Θ. Die Bias-Spalte (getönt) wird nicht regularisiert.</translation>
        </message>
        <message>
            <source>One plain gradient-descent step. The project's optimiser may step differently (momentum, Adam, line searches); this is the textbook update.</source>
            <translation>Ein einfacher Schritt des Gradientenabstiegs. Der Optimierer des Projekts kann anders vorgehen (Momentum, Adam, Liniensuchen); dies ist die Aktualisierung aus dem Lehrbuch.</translation>
        </message>
    </context>
    <context>
        <name>bpui::StudioDocks</name>
        <message>
            <source>&amp;Go to</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Next open dock</source>
            <translation>&amp;Nächstes offenes Dock</translation>
        </message>
        <message>
            <source>&amp;Previous open dock</source>
            <translation>&amp;Vorheriges offenes Dock</translation>
        </message>
    </context>
    <context>
        <name>bpui::SymmetryDemo</name>
        <message>
            <source>Symmetry and initialisation</source>
            <translation>Symmetrie und Initialisierung</translation>
        </message>
        <message>
            <source>Project network and data</source>
            <translation>Netz und Daten des Projekts</translation>
        </message>
        <message>
            <source>Small demo: 2-4-2 sigmoid on XOR</source>
            <translation>Kleine Demo: 2-4-2-Sigmoid-Netz auf XOR</translation>
        </message>
        <message>
            <source>All zeros</source>
            <translation>Alle null</translation>
        </message>
        <message>
            <source>All 0.1 (constant)</source>
            <translation>Alle 0.1 (konstant)</translation>
        </message>
        <message>
            <source>The symmetric start of the left side. Any start where every hidden unit has the same weights keeps them the same.</source>
            <translation>Der symmetrische Start der linken Seite. Jeder Start, bei dem alle verborgenen Einheiten dieselben Gewichte haben, hält sie gleich.</translation>
        </message>
        <message>
            <source>Gradient-descent iterations for each side</source>
            <translation>Gradientenabstiegs-Iterationen für jede Seite</translation>
        </message>
        <message>
            <source>Learning rate α of plain full-batch gradient descent, the same for both sides</source>
            <translation>Lernrate α des einfachen Gradientenabstiegs mit vollem Batch, gleich für beide Seiten</translation>
        </message>
        <message>
            <source>Train both</source>
            <translation>Beide trainieren</translation>
        </message>
        <message>
            <source>Train the same network twice with the same data and settings</source>
            <translation>Dasselbe Netz zweimal mit denselben Daten und Einstellungen trainieren</translation>
        </message>
        <message>
            <source>Network:</source>
            <translation>Netz:</translation>
        </message>
        <message>
            <source>Symmetric start:</source>
            <translation>Symmetrischer Start:</translation>
        </message>
        <message>
            <source>Iterations:</source>
            <translation>Iterationen:</translation>
        </message>
        <message>
            <source>α:</source>
            <translation>α:</translation>
        </message>
        <message>
            <source>Training cost J(Θ) after each gradient-descent iteration</source>
            <translation>Trainingskosten J(Θ) nach jeder Gradientenabstiegs-Iteration</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>J(Θ)</source>
            <translation>J(Θ)</translation>
        </message>
        <message>
            <source>symmetric start</source>
            <translation>symmetrischer Start</translation>
        </message>
        <message>
            <source>random start</source>
            <translation>zufälliger Start</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why:&lt;/b&gt; hidden units that start with identical weights compute identical activations, so backpropagation hands them identical δ terms and identical gradients; every update keeps them identical, and the layer behaves like a single unit however wide it is. Random weights in [−ε, ε] break this symmetry.</source>
            <translation>&lt;b&gt;Warum:&lt;/b&gt; Verborgene Einheiten, die mit identischen Gewichten starten, berechnen identische Aktivierungen, also gibt Backpropagation ihnen identische δ-Terme und identische Gradienten; jede Aktualisierung hält sie identisch, und die Schicht verhält sich wie eine einzige Einheit, egal wie breit sie ist. Zufällige Gewichte in [−ε, ε] brechen diese Symmetrie.</translation>
        </message>
        <message>
            <source>First hidden layer's weights Θ(1): one row per hidden unit, column 0 is the bias, column k the weight from input k. Blue positive, orange-red negative, white zero.</source>
            <translation>Gewichte Θ(1) der ersten verborgenen Schicht: eine Zeile pro verborgener Einheit, Spalte 0 ist der Bias, Spalte k das Gewicht von Eingabe k. Blau positiv, orangerot negativ, weiß null.</translation>
        </message>
        <message>
            <source>input (0 = bias)</source>
            <translation>Eingabe (0 = Bias)</translation>
        </message>
        <message>
            <source>hidden unit</source>
            <translation>verborgene Einheit</translation>
        </message>
        <message>
            <source>Cosine similarity of hidden units' incoming weight rows: cos(i, j) = Θᵢ·Θⱼ / (‖Θᵢ‖ ‖Θⱼ‖). Solid blue everywhere means all units are the same unit.</source>
            <translation>Kosinus-Ähnlichkeit der eingehenden Gewichtszeilen der verborgenen Einheiten: cos(i, j) = Θᵢ·Θⱼ / (‖Θᵢ‖ ‖Θⱼ‖). Überall einheitlich blau heißt: Alle Einheiten sind dieselbe Einheit.</translation>
        </message>
        <message>
            <source>Not trained yet</source>
            <translation>Noch nicht trainiert</translation>
        </message>
        <message>
            <source>The project's architecture and training split</source>
            <translation>Architektur und Trainingsmenge des Projekts</translation>
        </message>
        <message>
            <source>The project's network has no hidden layer or is too large to train twice in a few seconds</source>
            <translation>Das Netz des Projekts hat keine verborgene Schicht oder ist zu groß, um in wenigen Sekunden zweimal trainiert zu werden</translation>
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation>Training fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>constant %1</source>
            <translation>Konstante %1</translation>
        </message>
        <message>
            <source>zeros</source>
            <translation>Nullen</translation>
        </message>
        <message>
            <source>&lt;b&gt;From %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Start mit %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;From random weights&lt;/b&gt; (%1, seed %2)</source>
            <translation>&lt;b&gt;Start mit Zufallsgewichten&lt;/b&gt; (%1, Seed %2)</translation>
        </message>
        <message>
            <source>final J = %1   accuracy = %2&lt;br&gt;max |Θᵢ − Θⱼ| over hidden units = %3</source>
            <translation>J am Ende = %1   Genauigkeit = %2&lt;br&gt;max |Θᵢ − Θⱼ| über die verborgenen Einheiten = %3</translation>
        </message>
        <message>
            <source>   (colours span ±%1)</source>
            <translation>   (Farben umfassen ±%1)</translation>
        </message>
        <message>
            <source>   (every weight is 0)</source>
            <translation>   (jedes Gewicht ist 0)</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;i&gt;The gradient was exactly zero: no weight moved at all.&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Der Gradient war exakt null: Kein Gewicht hat sich bewegt.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Cost, symmetric and random starts</source>
            <translation>Kosten, symmetrischer und zufälliger Start</translation>
        </message>
        <message>
            <source>Θ(1) heat map</source>
            <translation>Heatmap Θ(1)</translation>
        </message>
        <message>
            <source>Similarity of hidden units</source>
            <translation>Ähnlichkeit der verborgenen Einheiten</translation>
        </message>
    </context>
    <context>
        <name>bpui::TeachingTools</name>
        <message>
            <source>Step-through inspector</source>
            <translation>Schritt-für-Schritt-Inspektor</translation>
        </message>
        <message>
            <source>Hidden units</source>
            <translation>Verborgene Einheiten</translation>
        </message>
        <message>
            <source>Misclassified</source>
            <translation>Fehlklassifiziert</translation>
        </message>
        <message>
            <source>Example %1: the diagram shows its forward pass (unit fill = activation a, blue positive, red negative)</source>
            <translation>Beispiel %1: Das Diagramm zeigt seinen Vorwärtsdurchlauf (Füllung der Einheit = Aktivierung a, blau positiv, rot negativ)</translation>
        </message>
        <message>
            <source>Gradient-check &amp;lesson: find the planted bug…</source>
            <translation>Lektion &amp;Gradientenprüfung: den eingeschleusten Fehler finden…</translation>
        </message>
        <message>
            <source>&amp;Symmetry demo: zero vs random initial weights…</source>
            <translation>&amp;Symmetrie-Demo: null gegen zufällige Startgewichte…</translation>
        </message>
        <message>
            <source>Course &amp;self-test…</source>
            <translation>&amp;Kurs-Selbsttest…</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>Larger fonts and lines, high contrast, editing docks hidden, full screen (F11)</source>
            <translation>Größere Schriften und Linien, hoher Kontrast, Bearbeitungs-Docks ausgeblendet, Vollbild (F11)</translation>
        </message>
        <message>
            <source>Symmetry breaking: zero vs random initial weights</source>
            <translation>Symmetriebrechung: null gegen zufällige Startgewichte</translation>
        </message>
    </context>
    <context>
        <name>bpui::TimelineView</name>
        <message>
            <source>Pick a run in the Runs dock and move its timeline slider to see the network as it was at that iteration.</source>
            <translation>Einen Lauf im Dock „Läufe“ wählen und seinen Zeitleisten-Schieberegler bewegen, um das Netz so zu sehen, wie es bei dieser Iteration war.</translation>
        </message>
        <message>
            <source>Cannot show the timeline: %1</source>
            <translation>Die Zeitleiste kann nicht angezeigt werden: %1</translation>
        </message>
        <message>
            <source>This run's network (%1 inputs, %2 outputs) does not fit the current data (%3 inputs, %4 outputs).</source>
            <translation>Das Netz dieses Laufs (%1 Eingaben, %2 Ausgaben) passt nicht zu den aktuellen Daten (%3 Eingaben, %4 Ausgaben).</translation>
        </message>
    </context>
    <context>
        <name>bpui::TrainingController</name>
        <message>
            <source>The data changed: training stopped.</source>
            <translation>Die Daten haben sich geändert: Training gestoppt.</translation>
        </message>
        <message>
            <source> (the limit counts from each Train).</source>
            <translation> (die Grenze gilt ab jedem Druck auf „Trainieren“).</translation>
        </message>
        <message>
            <source> (the limit of %1 iterations counts from each Train).</source>
            <translation> (die Grenze von %1 Iterationen gilt ab jedem Druck auf „Trainieren“).</translation>
        </message>
        <message>
            <source>Diverged: </source>
            <translation>Divergiert: </translation>
        </message>
        <message>
            <source>Finished: </source>
            <translation>Fertig: </translation>
        </message>
        <message>
            <source>Rewound to the weights of iteration %1.</source>
            <translation>Zurückgespult auf die Gewichte von Iteration %1.</translation>
        </message>
        <message>
            <source>Paused at iteration %1</source>
            <translation>Pausiert bei Iteration %1</translation>
        </message>
        <message>
            <source>Paused: the cost blew up at iteration %1</source>
            <translation>Pausiert: Die Kosten sind bei Iteration %1 explodiert</translation>
        </message>
        <message numerus="yes">
            <source>Training goes on with the edited data (%n training example(s)).</source>
            <translation>
                <numerusform>Das Training läuft mit den bearbeiteten Daten weiter (%n Trainingsbeispiel).</numerusform>
                <numerusform>Das Training läuft mit den bearbeiteten Daten weiter (%n Trainingsbeispiele).</numerusform>
            </translation>
        </message>
        <message>
            <source>The data changed while paused: Train goes on with the edited data.</source>
            <translation>Die Daten haben sich während der Pause geändert: „Trainieren“ setzt mit den bearbeiteten Daten fort.</translation>
        </message>
    </context>
    <context>
        <name>bpui::TrainingPanel</name>
        <message>
            <source>Learning rate and λ apply at the next iteration, even while training. Other settings apply at the next Train; a new initialisation resets the weights.</source>
            <translation>Lernrate und λ gelten ab der nächsten Iteration, auch während des Trainings. Andere Einstellungen gelten ab dem nächsten „Trainieren“; eine neue Initialisierung setzt die Gewichte zurück.</translation>
        </message>
        <message>
            <source>Optimiser</source>
            <translation>Optimierer</translation>
        </message>
        <message>
            <source>full batch</source>
            <translation>voller Batch</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Learning rate α</source>
            <translation>Lernrate α</translation>
        </message>
        <message>
            <source>Regularisation λ</source>
            <translation>Regularisierung λ</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batch-Größe</translation>
        </message>
        <message>
            <source>Momentum μ</source>
            <translation>Momentum μ</translation>
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
            <translation>Initialisierung</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Gewichte</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Budget and stopping</source>
            <translation>Budget und Abbruch</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>unbegrenzt</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Early stopping: stop when the validation cost has not improved for this many checks (needs a validation split).</source>
            <translation>Vorzeitiges Stoppen: stoppen, wenn sich die Validierungskosten so viele Prüfungen lang nicht verbessert haben (braucht eine Validierungsmenge).</translation>
        </message>
        <message>
            <source>Max iterations</source>
            <translation>Max. Iterationen</translation>
        </message>
        <message>
            <source>Max epochs</source>
            <translation>Max. Epochen</translation>
        </message>
        <message>
            <source>Target cost</source>
            <translation>Zielkosten</translation>
        </message>
        <message>
            <source>Early-stopping patience</source>
            <translation>Geduld (vorzeitiges Stoppen)</translation>
        </message>
        <message>
            <source>Initialisation changed: weights reset.</source>
            <translation>Initialisierung geändert: Gewichte zurückgesetzt.</translation>
        </message>
    </context>
    <context>
        <name>bpui::TrainingWorker</name>
        <message>
            <source>Training failed with an unknown error.</source>
            <translation>Das Training ist mit einem unbekannten Fehler fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>bpui::UnitProbe</name>
        <message>
            <source>&lt;small&gt;a over the input plane (x₁ across, x₂ up): blue &amp;gt; 0, orange-red &amp;lt; 0, white 0; colour range ±%1&lt;/small&gt;</source>
            <translation>&lt;small&gt;a über der Eingabeebene (x₁ nach rechts, x₂ nach oben): blau &amp;gt; 0, orangerot &amp;lt; 0, weiß 0; Farbbereich ±%1&lt;/small&gt;</translation>
        </message>
        <message>
            <source>input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>output, %1</source>
            <translation>Ausgabe, %1</translation>
        </message>
        <message>
            <source>hidden, %1</source>
            <translation>verborgen, %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;a(%1)&lt;sub&gt;%2&lt;/sub&gt;&lt;/b&gt; — unit %2 of layer %1 (%3)</source>
            <translation>&lt;b&gt;a(%1)&lt;sub&gt;%2&lt;/sub&gt;&lt;/b&gt; – Einheit %2 der Schicht %1 (%3)</translation>
        </message>
        <message>
            <source>&lt;br&gt;feature “%1” (normalised)</source>
            <translation>&lt;br&gt;Merkmal „%1“ (normalisiert)</translation>
        </message>
        <message>
            <source>&lt;br&gt;training example 1: a = %1</source>
            <translation>&lt;br&gt;Trainingsbeispiel 1: a = %1</translation>
        </message>
        <message>
            <source>&lt;br&gt;mean over the first %1 training examples: %2</source>
            <translation>&lt;br&gt;Mittelwert über die ersten %1 Trainingsbeispiele: %2</translation>
        </message>
    </context>
    <context>
        <name>bpui::WeightHeatmaps</name>
        <message>
            <source>Show gradient</source>
            <translation>Gradient anzeigen</translation>
        </message>
        <message>
            <source>Show ∂J/∂Θ(l) from the latest training snapshot instead of the weights Θ(l)</source>
            <translation>∂J/∂Θ(l) aus dem letzten Trainings-Schnappschuss statt der Gewichte Θ(l) anzeigen</translation>
        </message>
        <message>
            <source>Θ(l): row i = unit i of layer l+1, column j = unit j of layer l (column 0, left of the dashed line: the bias unit), so that z(l+1) = Θ(l)·[1; a(l)]. Blue positive, orange-red negative, white zero.</source>
            <translation>Θ(l): Zeile i = Einheit i der Schicht l+1, Spalte j = Einheit j der Schicht l (Spalte 0, links der gestrichelten Linie: die Bias-Einheit), sodass z(l+1) = Θ(l)·[1; a(l)]. Blau positiv, orangerot negativ, weiß null.</translation>
        </message>
        <message>
            <source>Hover a cell for its layer, row, column and value</source>
            <translation>Mit der Maus auf eine Zelle zeigen für Schicht, Zeile, Spalte und Wert</translation>
        </message>
        <message>
            <source>Θ(%1) heat map</source>
            <translation>Heatmap Θ(%1)</translation>
        </message>
        <message>
            <source>Θ(%1): layer %1 (%2 units + bias) → layer %3 (%4 units)</source>
            <translation>Θ(%1): Schicht %1 (%2 Einheiten + Bias) → Schicht %3 (%4 Einheiten)</translation>
        </message>
        <message>
            <source>column j (0 = bias)</source>
            <translation>Spalte j (0 = Bias)</translation>
        </message>
        <message>
            <source>row i</source>
            <translation>Zeile i</translation>
        </message>
        <message numerus="yes">
            <source>Computing ∂J/∂Θ(l) on the %n training example(s)… Showing the weights meanwhile.</source>
            <translation>
                <numerusform>∂J/∂Θ(l) wird auf %n Trainingsbeispiel berechnet… Bis dahin werden die Gewichte gezeigt.</numerusform>
                <numerusform>∂J/∂Θ(l) wird auf %n Trainingsbeispielen berechnet… Bis dahin werden die Gewichte gezeigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>No gradient yet: it arrives with the training snapshots. Showing the weights.</source>
            <translation>Noch kein Gradient: Er kommt mit den Trainings-Schnappschüssen. Die Gewichte werden gezeigt.</translation>
        </message>
        <message>
            <source>∂J/∂Θ(l) at the published weights; colour range ±max |∂J/∂Θ(l)|.</source>
            <translation>∂J/∂Θ(l) bei den zuletzt übermittelten Gewichten; Farbbereich ±max |∂J/∂Θ(l)|.</translation>
        </message>
        <message>
            <source>Weights Θ(l); colour range ±max |Θ(l)| per matrix, white = 0.</source>
            <translation>Gewichte Θ(l); Farbbereich ±max |Θ(l)| je Matrix, weiß = 0.</translation>
        </message>
        <message>
            <source>bias of unit %1 of layer %2</source>
            <translation>Bias von Einheit %1 der Schicht %2</translation>
        </message>
        <message>
            <source>from unit %1 of layer %2 to unit %3 of layer %4</source>
            <translation>von Einheit %1 der Schicht %2 zu Einheit %3 der Schicht %4</translation>
        </message>
        <message>
            <source>%1Θ(%2)_{%3,%4} = %5 — layer %2, row %3, column %4 (%6)</source>
            <translation>%1Θ(%2)_{%3,%4} = %5 – Schicht %2, Zeile %3, Spalte %4 (%6)</translation>
        </message>
        <message>
            <source>The weights of layer %1 to layer %2: one row per unit, one column per input, the bias first; blue is positive, orange negative, white zero.</source>
            <translation>Die Gewichte von Schicht %1 zu Schicht %2: eine Zeile pro Einheit, eine Spalte pro Eingabe, der Bias zuerst; blau ist positiv, orange negativ, weiß null.</translation>
        </message>
    </context>
    <context>
        <name>bpui::WelcomeScreen</name>
        <message>
            <source>Welcome to Backprop Studio</source>
            <translation>Willkommen bei Backprop Studio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Backprop Studio&lt;/h2&gt;&lt;p&gt;Draw a network, load data, press &lt;b&gt;Train&lt;/b&gt; and watch backpropagation learn. Start with a lesson, pick up a recent project, or begin from the spiral example.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Willkommen bei Backprop Studio&lt;/h2&gt;&lt;p&gt;Ein Netz zeichnen, Daten laden, &lt;b&gt;Trainieren&lt;/b&gt; drücken und zusehen, wie Backpropagation lernt. Mit einer Lektion beginnen, ein zuletzt geöffnetes Projekt aufnehmen oder mit dem Spiral-Beispiel starten.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open &amp;lesson</source>
            <translation>&amp;Lektion öffnen</translation>
        </message>
        <message>
            <source>No recent projects yet.</source>
            <translation>Noch keine zuletzt geöffneten Projekte.</translation>
        </message>
        <message>
            <source>&amp;New project (spiral example)</source>
            <translation>&amp;Neues Projekt (Spiral-Beispiel)</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>Projekt ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Show at startup</source>
            <translation>Beim &amp;Start anzeigen</translation>
        </message>
        <message>
            <source>Also under Help → Welcome screen</source>
            <translation>Auch unter Hilfe → Willkommensbildschirm</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Zuletzt geöffnete Projekte</translation>
        </message>
    </context>
    <context>
        <name>bpui::WindowLayout</name>
        <message>
            <source>&amp;Reset layout</source>
            <translation>Layout &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>Put every dock back where a first start puts it, sized for this screen</source>
            <translation>Jedes Dock dorthin zurücksetzen, wo es beim ersten Start liegt, passend zu diesem Bildschirm</translation>
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
            <translation>erledigt</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>The recipe: input size = number of features, output size = number of classes, one hidden layer by default, several hidden layers usually share one size.</source>
            <translation>Das Rezept: Eingabegröße = Anzahl der Merkmale, Ausgabegröße = Anzahl der Klassen, standardmäßig eine verborgene Schicht, mehrere verborgene Schichten haben meist dieselbe Größe.</translation>
        </message>
    </context>
    <context>
        <name>bpui::WorkflowTools</name>
        <message>
            <source>Network editor</source>
            <translation>Netz-Editor</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Arbeitsablauf</translation>
        </message>
    </context>
    <context>
        <name>bpui::WorkflowTracker</name>
        <message>
            <source>gradient check failed: %1</source>
            <translation>Gradientenprüfung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Choose an architecture</source>
            <translation>Architektur wählen</translation>
        </message>
        <message>
            <source>Initialise the weights randomly</source>
            <translation>Gewichte zufällig initialisieren</translation>
        </message>
        <message>
            <source>Forward propagation</source>
            <translation>Vorwärtspropagation</translation>
        </message>
        <message>
            <source>Cost J(Θ)</source>
            <translation>Kosten J(Θ)</translation>
        </message>
        <message>
            <source>Backpropagation</source>
            <translation>Backpropagation</translation>
        </message>
        <message>
            <source>Gradient checking, then off</source>
            <translation>Gradientenprüfung, dann aus</translation>
        </message>
        <message>
            <source>Minimise J</source>
            <translation>J minimieren</translation>
        </message>
        <message>
            <source>Train until convergence</source>
            <translation>Bis zur Konvergenz trainieren</translation>
        </message>
        <message>
            <source>architecture %1</source>
            <translation>Architektur %1</translation>
        </message>
        <message>
            <source>not yet: Step (F10), Train or the step-through inspector</source>
            <translation>noch nicht: Schritt (F10), Trainieren oder der Schritt-für-Schritt-Inspektor</translation>
        </message>
        <message>
            <source>not yet: Ctrl+G compares backprop with numerical gradients</source>
            <translation>noch nicht: Ctrl+G vergleicht Backprop mit numerischen Gradienten</translation>
        </message>
        <message>
            <source>not yet: train until J stops improving</source>
            <translation>noch nicht: trainieren, bis sich J nicht mehr verbessert</translation>
        </message>
        <message>
            <source>minimise: %1, α = %2</source>
            <translation>minimieren: %1, α = %2</translation>
        </message>
        <message>
            <source>not yet (%1)</source>
            <translation>noch nicht (%1)</translation>
        </message>
        <message>
            <source>input layer %1 units, the data has %2 features: usually equal</source>
            <translation>Eingabeschicht %1 Einheiten, die Daten haben %2 Merkmale: meist gleich</translation>
        </message>
        <message>
            <source>output layer %1 units, the data has %2 classes: usually one per class</source>
            <translation>Ausgabeschicht %1 Einheiten, die Daten haben %2 Klassen: meist eine pro Klasse</translation>
        </message>
        <message>
            <source>no hidden layer: one hidden layer is the usual default</source>
            <translation>keine verborgene Schicht: Eine verborgene Schicht ist der übliche Standard</translation>
        </message>
        <message>
            <source>hidden layers of different sizes: usually they share one</source>
            <translation>verborgene Schichten unterschiedlicher Größe: Meist haben sie dieselbe</translation>
        </message>
        <message>
            <source>forward/backward pass: stepped in the inspector</source>
            <translation>Vorwärts-/Rückwärtsdurchlauf: im Inspektor schrittweise durchlaufen</translation>
        </message>
        <message>
            <source>ran at iteration %1</source>
            <translation>ausgeführt bei Iteration %1</translation>
        </message>
        <message>
            <source>converged: relative improvement &lt; %1</source>
            <translation>konvergiert: relative Verbesserung &lt; %1</translation>
        </message>
        <message>
            <source>converged: the optimiser converged</source>
            <translation>konvergiert: Der Optimierer ist konvergiert</translation>
        </message>
        <message>
            <source>converged: J reached the target %1</source>
            <translation>konvergiert: J hat das Ziel %1 erreicht</translation>
        </message>
        <message>
            <source>stopped early: the validation cost stopped improving</source>
            <translation>vorzeitig gestoppt: Die Validierungskosten haben sich nicht mehr verbessert</translation>
        </message>
        <message>
            <source>not yet: the last run ended without converging (%1)</source>
            <translation>noch nicht: Der letzte Lauf endete ohne Konvergenz (%1)</translation>
        </message>
        <message>
            <source>gradient check: passed at iteration %1, %2</source>
            <translation>Gradientenprüfung: bestanden bei Iteration %1, %2</translation>
        </message>
        <message>
            <source>gradient check: FAILED at iteration %1, %2 (threshold 1e-9)</source>
            <translation>Gradientenprüfung: FEHLGESCHLAGEN bei Iteration %1, %2 (Schwellenwert 1e-9)</translation>
        </message>
        <message>
            <source> — now turn the periodic check off: it is expensive</source>
            <translation> – jetzt die periodische Prüfung ausschalten: Sie ist aufwendig</translation>
        </message>
    </context>
</TS>
