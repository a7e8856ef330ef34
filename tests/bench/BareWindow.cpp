// percorsi-bench-window: the baseline of the start-up budget, a QApplication
// that shows one empty window of the main window's size and reports the time
// from its process start to that window's first paint, like
// `percorsi --bench-first-paint`.
#include <QApplication>
#include <QWidget>

#include "ui/FirstPaintProbe.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 760);
    new percorsi::FirstPaintProbe(&window);
    window.show();
    return app.exec();
}
