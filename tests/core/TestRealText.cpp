#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

#include <QString>

#include "core/util/RealText.h"

using namespace percorsi;

TEST_CASE("reals are written as QByteArray::number writes them with 15 digits", "[util]")
{
    std::vector<double> values = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.25, 0.75, 0.05, 0.001, -0.001,
                                  0.0001, 1e-5, 0.1, 0.2, 0.3, 1.1, 2.675, 99.99, 123456.789,
                                  1e14, 999999999999999.0, 1e15, 1e16, -1e15, 1e300, 1.0 / 3,
                                  std::numeric_limits<double>::min(),
                                  std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::infinity(),
                                  -std::numeric_limits<double>::infinity(),
                                  std::numeric_limits<double>::quiet_NaN()};
    for (int i = -20000; i <= 20000; ++i) // thousandths, hundredths, tenths, whole numbers
        values.push_back(i / 1000.0);
    for (int i = -2000; i <= 2000; ++i)
        values.push_back(i / 100.0 + 12345.0);
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> any(-1e6, 1e6);
    std::uniform_int_distribution<long long> whole(-999999999999999LL, 999999999999999LL);
    for (int i = 0; i < 20000; ++i) {
        values.push_back(any(random));
        values.push_back(double(whole(random)));
        values.push_back(std::round(any(random) * 4) / 4); // quarter hours
    }
    size_t short_ = 0;
    for (double v : values) {
        INFO(QByteArray::number(v, 'g', 17).toStdString());
        CHECK(RealText::of(v) == QByteArray::number(v, 'g', 15));
        char text[RealText::kRoom];
        if (const size_t size = RealText::shortForm(text, v)) { // and as QString::number writes them
            CHECK(QString::fromLatin1(text, qsizetype(size)) == QString::number(v, 'g', 15));
            ++short_;
        }
    }
    // Hours and amounts take the short way.
    char text[RealText::kRoom];
    CHECK(RealText::shortForm(text, 1.5) == 3);
    CHECK(RealText::shortForm(text, 0.05) == 4);
    CHECK(RealText::shortForm(text, -7) == 2);
    CHECK(short_ > values.size() / 2);
}
