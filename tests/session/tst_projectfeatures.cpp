// The project model's input features: a project with features is prepared exactly as
// bp::prepareProject prepares it (raw → features → normalisation fitted on the features,
// bit for bit); setFeatures re-splits once, sizes the input layer and resets the weights;
// data that is not 2-D refuses features and changes nothing; undo's settings carry them.

#include "session/projectconversion.h"
#include "session/projectmodel.h"

#include "projectfile.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace bpui;

namespace {

bp::Project circlesProject(const bp::FeatureSet& features)
{
    bp::Project project;
    project.data.kind = bp::ProjectDataSource::Kind::Generator;
    project.data.generator.name = "circles";
    project.data.generator.n = 120;
    project.data.generator.seed = 4;
    project.features = features;
    project.architecture = bp::Architecture::make(features.inputCount(), {3}, bp::Activation::Tanh,
                                                  2, bp::Activation::Softmax);
    project.validationFraction = 0.25;
    project.testFraction = 0.1;
    return project;
}

} // namespace

class TestProjectFeatures : public QObject
{
    Q_OBJECT
private slots:
    void preparedLikePrepareProject();
    void setFeaturesResizesTheInputLayer();
    void dataThatIsNot2DRefusesFeatures();
    void settingsCarryTheFeatures();
};

void TestProjectFeatures::preparedLikePrepareProject()
{
    const bp::Project project =
        circlesProject({bp::Feature::X1Squared, bp::Feature::X2Squared, bp::Feature::SinX1});
    const bp::PreparedProject reference = bp::prepareProject(project, "test");
    ProjectModel model;
    model.replace(projectState(project, "test"), ReplaceCause::Opened);
    QCOMPARE(model.features(), project.features);
    QVERIFY(model.split().train.features == reference.split.train.features);
    QVERIFY(model.split().validation.features == reference.split.validation.features);
    QVERIFY(model.split().test.features == reference.split.test.features);
    QVERIFY(model.normalization().offset == reference.normalization.offset);
    QVERIFY(model.normalization().scale == reference.normalization.scale);
    QVERIFY(model.parameters() == reference.weights);
    // The raw points of each part are the same examples before the transform.
    const bp::Matrix raw = model.rawFeatures(model.split().validation);
    QCOMPARE(raw.rows(), bp::Index{2});
    QVERIFY(project.features.apply(raw).cols() == reference.split.validation.size());
    bp::Matrix inputs = model.modelInputs(raw);
    QVERIFY(inputs == reference.split.validation.features);
}

void TestProjectFeatures::setFeaturesResizesTheInputLayer()
{
    ProjectModel model; // the spiral example, 2-16-16-3
    QSignalSpy data(&model, &ProjectModel::datasetChanged);
    QSignalSpy arch(&model, &ProjectModel::architectureChanged);
    QSignalSpy weights(&model, &ProjectModel::parametersChanged);
    QSignalSpy features(&model, &ProjectModel::featuresChanged);
    const long splits = projectWorkCounts().splits;
    model.setFeatures({bp::Feature::X1, bp::Feature::X2, bp::Feature::X1TimesX2});
    QCOMPARE(projectWorkCounts().splits - splits, 1L);
    QCOMPARE(model.architecture().layerSizes, (std::vector<int>{3, 16, 16, 3}));
    QCOMPARE(model.split().train.featureCount(), bp::Index{3});
    QCOMPARE(data.count(), 1);
    QCOMPARE(arch.count(), 1);
    QCOMPARE(weights.count(), 1);
    QCOMPARE(features.count(), 1);
    QCOMPARE(model.inputNames(), (std::vector<std::string>{"x₁", "x₂", "x₁·x₂"}));
    // The same count of other features: no architecture change, but new weights and inputs.
    model.setFeatures({bp::Feature::SinX1, bp::Feature::SinX2, bp::Feature::X1TimesX2});
    QCOMPARE(arch.count(), 1);
    QCOMPARE(weights.count(), 2);
    QCOMPARE(features.count(), 2);
    QVERIFY_THROWS_EXCEPTION(bp::InputError, model.setFeatures(bp::FeatureSet::empty()));
    QCOMPARE(features.count(), 2);
}

void TestProjectFeatures::dataThatIsNot2DRefusesFeatures()
{
    ProjectModel model;
    model.setFeatures({bp::Feature::X1Squared});
    bp::GeneratorSpec spec;
    spec.name = "regression1d";
    spec.n = 50;
    model.setDataset(bp::generateDataset(spec), DataSource{});
    QVERIFY(model.features().isIdentity()); // 1-D: nothing to compute the features from
    QVERIFY(!model.featuresApplicable());
    QCOMPARE(model.architecture().inputSize(), 1);
    const bp::Vector weights = model.parameters();
    QVERIFY_THROWS_EXCEPTION(bp::InputError, model.setFeatures({bp::Feature::X1Squared}));
    QVERIFY(model.features().isIdentity());
    QVERIFY(model.parameters() == weights);
}

void TestProjectFeatures::settingsCarryTheFeatures()
{
    ProjectModel model;
    const ProjectSettings before = model.settings();
    model.setFeatures({bp::Feature::X1Squared, bp::Feature::X2Squared, bp::Feature::X2});
    QVERIFY(!(model.settings() == before));
    QSignalSpy replaced(&model, &ProjectModel::replaced);
    model.applySettings(before);
    QCOMPARE(replaced.count(), 1);
    QVERIFY(model.features().isIdentity());
    QCOMPARE(model.architecture().inputSize(), 2);
    QCOMPARE(model.split().train.featureCount(), bp::Index{2});
}

QTEST_MAIN(TestProjectFeatures)
#include "tst_projectfeatures.moc"
