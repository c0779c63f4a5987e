// A session-layer file that breaks the layer rule on purpose: the layer check must reject it
// (tests/CMakeLists.txt, layer_check_rejects_widgets).
#pragma once

#include <QObject>
#include <qwidget.h>
#include "../views/plots/costplot.h"
