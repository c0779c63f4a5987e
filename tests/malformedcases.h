#pragma once
// The malformed files under tests/data/ and the message each must produce: one table per
// loader, shared by the core tests (tst_csvloader, tst_idxloader, tst_modelfile,
// tst_projectfile) and the widget test that opens every file in the studio
// (tst_malformedinputs), so the CLI, the core and the GUI are held to the same text.

namespace bpt {

/// tests/data/csv/FILE loaded with CsvOptions{labelColumn, task}: what() is exactly
/// "FILE: MESSAGE".
struct CsvCase
{
    const char* file;
    const char* labelColumn; // empty: the last column
    bool regression;
    const char* message;
};

inline constexpr CsvCase kCsvCases[] = {
    {"ragged-short.csv", "", false, "line 3: expected 3 fields, found 2"},
    {"ragged-long.csv", "", false, "line 4: expected 3 fields, found 4"},
    {"ragged-crlf.csv", "", false, "line 4: expected 3 fields, found 2"},
    {"non-numeric.csv", "", false, "line 3, column 2: expected a number, found 'abc'"},
    {"decimal-comma.csv", "", false, "line 2, column 1: expected a number, found '1,5'"},
    {"empty.csv", "", false, "empty file"},
    {"blank-lines-only.csv", "", false, "empty file"},
    {"bom-only.csv", "", false, "empty file"},
    {"header-only.csv", "", false, "no data rows (only a header)"},
    {"one-class.csv", "", false,
     "column 3: only one class ('setosa') in the label column: classification needs at "
     "least 2 (or use task=regression)"},
    {"one-numeric-class.csv", "", false,
     "column 3: only one class ('1') in the label column: classification needs at least 2 "
     "(or use task=regression)"},
    {"nan-cell.csv", "", false, "line 3, column 2: expected a finite number, found 'nan'"},
    {"inf-cell.csv", "", false, "line 4, column 1: expected a finite number, found '-inf'"},
    {"overflow-cell.csv", "", false, "line 3, column 2: expected a finite number, found '1e999'"},
    {"one-column.csv", "", false,
     "line 1: only 1 column (delimiter ','): need at least one feature column besides the "
     "label"},
    {"invalid-utf8.csv", "", false,
     "line 3, column 3: invalid UTF-8 (byte 0xFF): save the file as UTF-8"},
    {"overlong-utf8.csv", "", false,
     "line 2, column 3: invalid UTF-8 (byte 0xC0): save the file as UTF-8"},
    {"surrogate-utf8.csv", "", false,
     "line 3, column 3: invalid UTF-8 (byte 0xED): save the file as UTF-8"},
    {"truncated-utf8.csv", "", false,
     "line 3, column 3: invalid UTF-8 (byte 0xE2): save the file as UTF-8"},
    {"binary-nul.csv", "", false,
     "line 3, column 1: found a NUL byte: this is a binary file, not CSV text"},
    {"unknown-label-name.csv", "label", false,
     "unknown label column 'label' (the file has 3 columns; use a header name or a 0-based "
     "index)"},
    {"label-index-out-of-range.csv", "3", false,
     "unknown label column '3' (the file has 3 columns and no header; use a 0-based index)"},
    {"unknown-label-no-header.csv", "species", false,
     "unknown label column 'species' (the file has 3 columns and no header; use a 0-based "
     "index)"},
    {"unterminated-quote.csv", "", false,
     "line 3, column 3: unterminated quoted field (missing closing '\"')"},
    {"text-after-quote.csv", "", false, "line 3, column 3: unexpected text after a closing quote"},
    {"empty-cell.csv", "", false, "line 3, column 2: expected a number, found an empty cell"},
    {"empty-label.csv", "", false, "line 3, column 3: expected a class label, found an empty cell"},
    {"regression-text-target.csv", "", true, "line 3, column 3: expected a number, found 'cheap'"},
    {"quoted-newline-then-error.csv", "", false, "line 5, column 2: expected a number, found 'x'"},
    {"too-many-classes.csv", "", false,
     "line 1002, column 2: more than 1000 distinct labels: is this a regression target? "
     "(use task=regression)"},
};

/// tests/data/idx/IMAGES + LABELS (maxExamples 0 = all): what() is exactly `expected`, or
/// starts with it when it ends in '*' (zlib's wording varies between versions).
struct IdxCase
{
    const char* name;
    const char* images;
    const char* labels;
    long long maxExamples;
    const char* expected;
};

inline constexpr IdxCase kIdxCases[] = {
    {"empty", "empty.idx3", "small-labels.idx1", 0, "empty.idx3: empty file"},
    {"bad magic", "bad-magic.idx3", "small-labels.idx1", 0,
     "bad-magic.idx3: not an IDX file: bad magic number 0x12345678 (expected 0x00000803 "
     "for IDX images)"},
    {"files swapped", "small-labels.idx1", "small-images.idx3", 0,
     "small-labels.idx1: this is an IDX labels file, magic 0x00000801 (expected "
     "0x00000803 for IDX images): are the two files swapped?"},
    {"wrong dimension count", "wrong-dims.idx3", "small-labels.idx1", 0,
     "wrong-dims.idx3: expected 3 dimensions for IDX images, found 2"},
    {"wrong element type", "wrong-type.idx3", "small-labels.idx1", 0,
     "wrong-type.idx3: unsupported IDX element type 0x0D (only unsigned bytes, 0x08, "
     "are supported)"},
    {"truncated header", "truncated-header.idx3", "small-labels.idx1", 0,
     "truncated-header.idx3: truncated: the IDX header is "
     "incomplete"},
    {"truncated data", "truncated-data.idx3", "small-labels.idx1", 0,
     "truncated-data.idx3: truncated: expected 5 images of 3x2 (30 bytes of data), found "
     "only 23 bytes"},
    {"claims a billion images", "huge-claim.idx3", "small-labels.idx1", 0,
     "huge-claim.idx3: 1000000000 images of 28x28 need 5981445 MiB as doubles, over the 4 "
     "GiB limit: load fewer with a maximum (max=N)"},
    {"claims a billion images, max=5", "huge-claim.idx3", "small-labels.idx1", 5,
     "small-labels.idx1: count mismatch: 5 labels for 1000000000 images in "
     "huge-claim.idx3"},
    {"claims 500 million images, streams to truncation", "claim-many-small.idx3",
     "claim-many-small.idx1", 0,
     "claim-many-small.idx3: truncated: expected 500000000 images of 1x1 (500000000 bytes "
     "of data), found only 100 bytes"},
    {"zero-size images", "zero-size.idx3", "small-labels.idx1", 0,
     "zero-size.idx3: image size 0x2 is not plausible (expected 1 to 4096 pixels a side)"},
    {"count mismatch", "small-images.idx3", "count-mismatch.idx1", 0,
     "count-mismatch.idx1: count mismatch: 4 labels for 5 images in small-images.idx3"},
    {"all labels zero", "small-images.idx3", "all-zero.idx1", 0,
     "all-zero.idx1: every label is 0: classification needs at least 2 classes"},
    {"truncated labels", "small-images.idx3", "truncated-labels.idx1", 0,
     "truncated-labels.idx1: truncated: expected 5 labels (5 bytes of data), found only 3 "
     "bytes"},
    {"corrupt gzip", "corrupt.idx3.gz", "small-labels.idx1", 0,
     "corrupt.idx3.gz: corrupt gzip data (zlib: *"},
    {"truncated gzip", "truncated.idx3.gz", "small-labels.idx1", 0,
     "truncated.idx3.gz: corrupt or truncated gzip data (zlib: unexpected end of file)"},
    {"missing labels file", "small-images.idx3", "no-such.idx1", 0,
     "no-such.idx1: cannot open file: No such file or directory"},
};

/// tests/data/model/FILE: InputError source = the path, place = `place`, and the message
/// contains `message`.
struct ModelCase
{
    const char* name;
    const char* file;
    const char* place;   // the key path the error names
    const char* message; // a part of what was expected
};

inline constexpr ModelCase kModelCases[] = {
    {"not JSON", "not_json.json", "", "not valid JSON: parse error"},
    {"root is an array", "root_array.json", "", "expected a JSON object, found an array"},
    {"wrong format", "wrong_format.json", "format",
     "expected \"backprop-studio-model\", found "
     "\"backprop-studio-project\""},
    {"missing format", "missing_format.json", "format", "missing key"},
    {"future version", "future_version.json", "version",
     "version 2 is newer than this Backprop Studio understands (1)"},
    {"version as string", "version_string.json", "version", "expected an integer, found a string"},
    {"missing theta", "missing_theta.json", "theta", "missing key"},
    {"unknown activation", "unknown_activation.json", "activations[0]", "found 'swish'"},
    {"softmax in a hidden layer", "softmax_hidden.json", "activations[0]",
     "expected a hidden activation"},
    {"relu output", "relu_output.json", "activations[1]",
     "expected an output activation (sigmoid, softmax, linear)"},
    {"activation count", "activation_count.json", "activations", "expected 2 activation names"},
    {"layer size zero", "layer_size_zero.json", "layer_sizes[1]",
     "expected an integer in 1..4096, found 0"},
    {"layer size fraction", "layer_size_float.json", "layer_sizes[1]",
     "expected an integer, found a number"},
    {"layer size huge", "layer_size_huge.json", "layer_sizes[1]", "found 18446744073709551615"},
    {"layer size a billion", "layer_size_billion.json", "layer_sizes[1]",
     "expected an integer in 1..4096, found 1000000000"},
    {"too many layers", "too_many_layers.json", "layer_sizes",
     "expected 2..32 layer sizes (input first), found 33"},
    {"one layer", "one_layer.json", "layer_sizes", "found 1"},
    {"theta count", "theta_count.json", "theta", "expected 2 matrices, found 1"},
    {"too few rows", "too_few_rows.json", "theta[0]",
     "expected 3 rows (one per unit of the next layer), found 2"},
    {"wrong columns", "wrong_columns.json", "theta[1][0]", "expected 4 numbers (bias first"},
    {"weight as string", "weight_string.json", "theta[1][0][2]",
     "expected a number, found a string"},
    {"weight null (NaN)", "weight_null.json", "theta[1][1][3]", "expected a number, found null"},
    // nlohmann refuses 1e999 while parsing, before any key path is known.
    {"weight infinite", "weight_infinite.json", "",
     "number overflow parsing '1e999' (weights must be finite"},
    {"loss mismatch", "loss_mismatch.json", "loss", "expected \"logistic\""},
    {"unknown input feature", "feature_unknown.json", "features[1]",
     "expected a feature (x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)), found 'x1*x3'"},
    {"feature count", "feature_count.json", "features",
     "3 features need as many input units, but layer_sizes[0] is 2"},
    {"normalization kind", "normalization_kind.json", "normalization.kind", "found 'zscore'"},
    {"normalization scale short", "normalization_short_scale.json", "normalization.scale",
     "expected 2 numbers (one per input feature)"},
    {"normalization scale zero", "normalization_zero_scale.json", "normalization.scale[1]",
     "expected a non-zero scale"},
    {"normalization as string", "normalization_type.json", "normalization",
     "expected null or an object, found a string"},
    {"class name count", "class_names_count.json", "class_names",
     "expected 2 names (one per output unit), found 3"},
    {"class name number", "class_name_number.json", "class_names[1]",
     "expected a string, found an integer"},
};

/// tests/data/project/FILE.bpstudio: as ModelCase.
struct ProjectCase
{
    const char* file; // without .bpstudio
    const char* place;
    const char* message;
};

inline constexpr ProjectCase kProjectCases[] = {
    {"not_json", "", "not valid JSON (byte "},
    {"root_array", "", "expected a JSON object, found an array"},
    {"deep_nesting", "", "JSON nested deeper than 64 levels is not a project file"},
    {"wrong_format", "format",
     "expected \"backprop-studio-project\", found \"backprop-studio-model\""},
    {"missing_format", "format", "missing key"},
    {"future_version", "version",
     "version 2 was written by a newer Backprop Studio; this one reads version 1"},
    {"missing_architecture", "architecture", "missing key"},
    {"layer_size_zero", "architecture.layer_sizes[1]", "expected an integer in 1..4096"},
    {"layer_size_huge", "weights", "expected 520220672 weights"},
    // Sizes are checked before anything is allocated: a small file cannot claim gigabytes.
    {"layer_size_billion", "architecture.layer_sizes[1]",
     "expected an integer in 1..4096, found 1000000000"},
    {"too_many_layers", "architecture.layer_sizes",
     "expected 2..32 layer sizes (input first), found 40"},
    {"unknown_activation", "architecture.activations[0]",
     "expected a hidden activation (sigmoid, tanh, relu, leaky_relu, linear), found 'swish'"},
    {"softmax_hidden", "architecture.activations[0]", "found 'softmax'"},
    {"unknown_optimizer", "training.optimizer",
     "expected an optimizer (gd, momentum, adam, lbfgs, cg), found 'rmsprop'"},
    {"learning_rate_string", "training.learning_rate", "expected a number, found a string"},
    {"batch_size_float", "training.batch_size", "expected an integer, found a number"},
    {"missing_patience", "training.patience", "missing key"},
    {"negative_seed", "initialization.seed", "expected a seed in 0..18446744073709551615"},
    {"unknown_init", "initialization.kind", "found 'orthogonal'"},
    {"unknown_normalization", "normalization",
     "expected \"none\", \"standard\" or \"minmax\", found 'robust'"},
    {"unknown_data_kind", "data.kind", "expected \"generator\", \"csv\" or \"idx\""},
    {"unknown_generator", "data.name", "found 'mandelbrot'"},
    {"csv_missing_path", "data.path", "missing key"},
    {"split_sum", "split", "must leave examples for training"},
    {"weights_count", "weights", "expected 13 weights"},
    {"weight_null", "weights[4]", "expected a number, found null"},
    {"weight_string", "weights[0]", "expected a number, found a string"},
    {"weight_overflow", "", "number overflow"},
    {"runs_object", "runs", "expected an array of runs, found an object"},
    {"run_missing_name", "runs[0].name", "missing key"},
    {"run_architecture_mismatch", "runs[0].final_weights", "expected 17 weights"},
    {"history_ragged", "runs[0].history.gradient_norm",
     "expected 3 entries (as many as runs[0].history.iteration), found 2"},
    {"history_text", "runs[0].history.train_cost[1]",
     "expected a number, null, \"inf\" or \"-inf\", found a string"},
    {"timeline_weights_count", "runs[0].timeline[0].weights", "expected 13 weights"},
};

} // namespace bpt
