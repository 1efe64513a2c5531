<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view {view!r}; expected one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing vocabulary: ids shown as tokens ({what} 0..{last}, typed as words); open the file with its vocabulary (--vocab FILE) to type text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed with {kind} as chosen (an nn.RNN state_dict does not record its nonlinearity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not say whether this RNN uses tanh or relu (an nn.RNN state_dict does not record its nonlinearity): computed with tanh; switch to relu if the model was built with nonlinearity=&apos;relu&apos; (--kind rnn_relu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input width 1 and no vocabulary: the text is read as numbers, each fed as the one input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-hot inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file says {act}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head&apos;s answers are shown through {act} as chosen ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax over its {n} outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its one output as a value (linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its one output through a sigmoid, as p(class 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not say which activation the head applies: showing {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head is linear over {n} outputs (logits, as for a loss with from_logits=True): showing their softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} reads {inputs}, not the previous recurrent layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model config in the file: layers taken in their saved order ({order}){how}, told apart by the shapes of their weights, with the default activations of {keras}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding {name} has mask_zero=True: Keras skips the steps of id 0, here they are computed like any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (Masking, mask_value={value}): Keras skips the steps whose inputs all equal the mask value, here every step is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}: the file has no config; Keras {version} (before 2.3) defaulted to recurrent_activation=&apos;hard_sigmoid&apos;, so the gates use Keras 2&apos;s hard sigmoid clip(0.2x + 0.5, 0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent layers not loaded: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers not computed: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s output cannot be computed ({why}): showing the recurrent layers without predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a TorchScript archive: only its weights were read (its code was not run); {module} ({cls}) is computed as the standard torch.nn module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is an input of the graph: computed from zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: sequence_lens is ignored: every step is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recurrent nodes do not all read the text the same way (a direction=&apos;reverse&apos; node reads it from the end, as a bidirectional layer&apos;s backward direction does): shown as bidirectional layers whose missing directions are empty (no weights, every value 0): {list}; the numbers are the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph&apos;s output cannot be computed ({what} read the recurrent layers): showing the recurrent layers without predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent nodes not loaded (they do not read the stack): {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is a single cell (nn.LSTMCell/GRUCell/RNNCell): computed as a one-layer net over the sequence (h, c carried from step to step, the usual loop); a loop that changes h between steps is not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}.0..{last} are {n} cells: computed as a stack of layers, each cell&apos;s h feeding the next at every step (the usual loop); a loop that does something else between cells is not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} feeds further layers ({after}), which are not computed: no head is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head {head} is not named with {label}: assumed it reads {label}&apos;s output (its width {width} fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; if they sit between the recurrent net and the head (a LayerNorm, a second Linear), the head&apos;s answers differ from the model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed: {shown} (not part of the recurrent net, its embedding or its head){between}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: fed as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN: fed as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite: fed as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond float32&apos;s range (3.4e38): fed as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type some text to see the model&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no readout head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model gives no probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled from softmax(logits / {t}), top {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled from softmax(logits / {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proj {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset before (reset_after=False)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of the top layer&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has no readout head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the true next token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s top guess (the true next token is not in its vocabulary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s top guess (the text ends here: nothing comes next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} being {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} being the predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a full stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compute the gradients: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gates: {sigma} or tanh(W_i·x + W_h·h_prev + b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {unit}, step {step}, layer {layer} reverse; prev = {prev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {unit}, step {step}, layer {layer}; prev = {prev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h has {n} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With proj_size = {proj}, h = W_hr·m mixes all {width} units&apos; m, so h is not per-unit ({shown}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x: this layer&apos;s input; b_f = b_if + b_hf, etc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x: this layer&apos;s input; b_r = b_ir + b_hr, etc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x: this layer&apos;s input; b = b_ih + b_hh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine: compiled (numba)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine: NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compiled engine runs float32 weights; this {dtype} network runs on NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; its cache folder is not writable, so it compiles again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compiled engine failed to load ({error}); NumPy runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numba is not installed; pip install gate-explorer[fast] to compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiled step loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data is not in this installation: {file} is missing (a source checkout has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view seq2seq is for encoder-decoder models (e.g. seq2seq-lstm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view series is for numeric models with a regress head (e.g. sunspots-lstm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: predicted next value against the true next value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true next value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next = last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the {0} steps with a known next value: RMSE {1:.4g} against {2:.4g} for next = last (ratio {3:.2f}); MAE {4:.4g} against {5:.4g}. Step {6}: predicted {7:.4g}, true next {8:.4g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both, as an encoder-decoder: {a}&apos;s final state starts {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as an encoder-decoder: {enc}&apos;s final (h, c) starts {dec}, which reads its previous answer at every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no target vocabulary: the decoder&apos;s tokens are named by id, id 0 read as &lt;s&gt; (start) and id 1 as &lt;/s&gt; (end), as in PyTorch&apos;s seq2seq tutorial (SOS_token = 0, EOS_token = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target holds {tokens}, which the decoder cannot write (not in its vocabulary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder, last step: its state is handed to the decoder, which answers from the next step on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder step {n} of {total}: the encoder reads the source; the decoder answers after the boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoder has no answer to take a loss at: choose a decoder step (from step {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at step {n} (decoder step {k})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerLine</name>
    <message>
        <source>The model&apos;s answer at this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Over the {0} steps with a known next value: RMSE &lt;b&gt;{1:.4g}&lt;/b&gt; (next = last: {2:.4g}, ratio {3:.2f}); MAE {4:.4g} (next = last: {5:.4g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher-forced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder answer ({0}):&lt;br&gt;&lt;span style=&apos;font-size:14pt; font-family:monospace&apos;&gt;{1}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next token (top 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true next &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey: true next value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue: predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actually next: &lt;b&gt;“{token}”&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actually next: &lt;b&gt;“{token}”&lt;/b&gt; — the model gave it {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the text: nothing comes next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <source>Type some text above to see the cell at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected: W_hr·</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a unit to fill in these equations with its numbers at this step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {k} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted by mean h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clustered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} units in {order}, top {k} of {n} (as the heatmaps) · click a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} units in {order} (as the heatmaps) · click a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy equations as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>predicted &lt;b&gt;{value}&lt;/b&gt; · true next {true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model A: the main model (model bar above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B: the model compared with A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B: the model to compare with A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer of model B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of model B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B: choose a recurrent module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model B ({name}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B ended at step {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B has {b} steps, A {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B reads this text as {b} tokens, model A as {a}. Both go to the same token index; past B&apos;s last token, B stays on its step {b}, marked in orange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF, one frame per step (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video, one frame per step (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table, whole trace (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy arrays, whole trace (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {name} heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no analysis view is shown: open View &gt; Analysis views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the {title} view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the {title} view to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trace data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to export yet: type some text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the view to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the {name} heatmap to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Animation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalysis view as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a&amp;nalysis view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {name} heatmap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {name} heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateLegend</name>
    <message>
        <source>★ unit {unit} of layer {layer}: the &lt;b&gt;quote unit&lt;/b&gt; (tracks being inside quotes; {name}{r})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateView</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the text from the current step (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard generated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the text as it was before generating (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a language model to let it write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues the text from the current step, sampling each token from softmax(logits / temperature) over the top-k; the same seed writes the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type some text above to see how the gradient flows back through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the loss at the last step, or at the current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it vanishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the per-step factor behind the curves: the step Jacobian norm, the forget gates&apos; product (LSTM) and the singular values of W_hh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step to go there; with &apos;current step&apos; the loss moves too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient norm (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-step factor (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖ds_t/ds_t−1‖ step Jacobian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∏ f to the loss (median unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∏ f to the loss (most kept unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>singular value (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_hh singular values, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {k} {token}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gradient reaches this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the step Jacobians…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it vanishes.&lt;/b&gt; Largest singular value of W_hh ({0}): &lt;b&gt;{1}&lt;/b&gt; ★, {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a plain RNN each step multiplies the gradient by W_hh^T and by tanh&apos; ≤ 1: with the largest singular value below 1 it shrinks geometrically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here it is above 1, so the shrinking comes from tanh&apos; instead: saturated units pass almost nothing back, and the step factor (violet) drops below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an LSTM this is not the whole story: the cell state passes the gradient on multiplied only by the forget gate f (red), so where f stays near 1 it survives, whatever W_hh is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a GRU this is not the whole story: the update gate z lets the state (and its gradient) pass through unchanged where z is near 1, whatever W_hh is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violet: ‖ds_t/ds_t−1‖, the most one step can scale the gradient (geometric mean {0}); it is below 1 at {1:.0%} of the steps. Its product from a step to the loss bounds the gradient norms above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gradient to show: see the message above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;computing the gradients…&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gradient to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient of &lt;b&gt;{name}&lt;/b&gt; at step &lt;b&gt;{n}&lt;/b&gt; ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient of &lt;b&gt;{name}&lt;/b&gt; at step &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The reverse direction reads right to left, so its gradient flows toward the end of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reaching each earlier step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the first step ({k}: {token}) ‖dL/dh‖ is &lt;b&gt;{ratio}&lt;/b&gt; of its size at step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the last step ({k}: {token}) ‖dL/dh‖ is &lt;b&gt;{ratio}&lt;/b&gt; of its size at step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; ‖dL/dc‖ is &lt;b&gt;{ratio}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current step ({k}: {token}) ‖dL/dh‖ is {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps {span} (shaded) cannot change this loss: no gradient reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} value(s) below {floor} are drawn at {floor}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Type some text above to see the gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder steps 1–{b}, decoder steps {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units by index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units by mean h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units clustered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, top {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour limits and order estimated from {0} of the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while writing, colour limits and order are refitted at every tenth of growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}/{steps}  “{token}”   {name} ({long})  unit {unit}  =  {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionView</name>
    <message>
        <source>The gate or state to clamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most changed 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most changed 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interventions yet: pick a gate or state, then “shut (0)”, or drag the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interventions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervention fits this text (their steps are past its end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} of unit {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} to {value} at step {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clamping {what} changes h of layer {layer} by up to {change} at later steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} clamps (first: {what}) change h of layer {layer} by up to {change} at later steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prediction by up to {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top next token stays the same at every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predicted class stays the same at every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top next token changes at step {k} from “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top next token first changes at step {k} from “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predicted class changes at step {k} from “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predicted class first changes at step {k} from “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit (click a heatmap cell to pick one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag: the counterfactual follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamp to the value shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model and type some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k}, backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step {k} “{token}”, {layer}: clamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {k} “{token}”  {name}[{unit}]: {a} → {b}  (Δ {d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k} backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ {name}, counterfactual − original ({layer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no intervention fits this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next token at step {k} (top {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class at step {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction at step {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with interventions (none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interventions</name>
    <message>
        <source>could not apply the interventions: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageOfferBar</name>
    <message>
        <source>Keep this model (not asked again while it is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is Korean: {unknown} of its {count} Hangul tokens are unknown to {model}, so the gates see only &lt;unk&gt; there. {name} reads Korean one syllable a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossCurve</name>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open weights file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights with &amp;vocabulary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open se&amp;ries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset heatmap &amp;zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with another model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text through a second model, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate (continue the text) / stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard generated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gate names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gate Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. The old run stays on screen until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (*.npz *.safetensors *.pt *.pth *.h5 *.hdf5 *.keras *.onnx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate Explorer session (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-running the whole text (a reverse direction reads it from the end)… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-running the last {0} steps… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gate Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary (*.txt *.json *.vocab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series is the input of a numeric model; {0} reads {1} tokens: open a numeric model (e.g. sunspots-lstm) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has several numeric columns. Which one is the series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice: {0} records no input scaling: the file&apos;s values are fed as they are, so they should be in the range the model was trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: {0:,} values from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened session {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved session to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a weights or session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text held {0} byte(s) that are not UTF-8: shown as U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis views start closed on a screen this low: View &gt; Analysis views (Ctrl+Shift+A) opens them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last session not restored: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Random LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of stacked layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model was never trained: its gates show noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN / inf values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some weights or values are NaN or infinite: shown hatched red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{net} · {kind} tokens · {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder-decoder: two stacks of {net} · {kind} tokens · {head} head on the decoder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <source>Choose a recurrent module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds {count} recurrent modules. Which one should be shown?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBadge</name>
    <message>
        <source>1 notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guess above changes the numbers: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the loader assumed (click for the list):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeList</name>
    <message>
        <source>How this model was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute with {f} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the head through {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was assumed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaturationView</name>
    <message>
        <source>Type some text above to see how often each gate is shut or open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ReLU RNN has no gates, and its hidden state is unbounded above: nothing saturates. Open an LSTM or GRU to see gate saturation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is a unit: how often its gate is shut (&amp;lt; 0.1, →) vs open (&amp;gt; 0.9, ↑) over the whole text; on the dashed line it is always one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain RNN has no gates; shown instead, each dot a unit: how often its tanh hidden state is saturated, h &amp;lt; −0.9 (→) vs h &amp;gt; 0.9 (↑); on the dashed line, always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a dot to select its unit; hover over one for its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps with h &amp;lt; {lo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps with h &amp;gt; {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps shut (&amp;lt; {lo})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps open (&amp;gt; {hi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {unit} · {gate}
{left} {x} of steps · {right} {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(under the mouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more dots here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seq2SeqBar</name>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack that computed the current step; choose one to go to its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the decoder writes its own answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder reads this target instead of its own answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadeBar</name>
    <message>
        <source>layer {layer} reverse {name}[{unit}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer} {name}[{unit}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade the text by {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>First step (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {k} / {n}   “{token}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Type or paste text here — the network re-runs as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncate to {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This text is {n} characters long; running the network on all of it may take a while. Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This text is {0:,} characters long: the field shows the first {1:,} (read-only); the model reads all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>step {k}: {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type some text above to see it shaded by its units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line of text, then one strip per unit, in its heatmap&apos;s colours. Click a token to go to its step; hover a strip for its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit (click a heatmap row or a Find units result) to shade the text by it; pin units to compare several.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainActions</name>
    <message>
        <source>&amp;Train a model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model on a bundled task and watch it learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: step {0} of {1} (Ctrl+T shows it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <source>Train a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out sequences per condition measured at the end (0: as on the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the model as a bundle (the format of the bundled models) and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training goes on in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Train: the window shows the model learning on its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained {0} as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate Explorer bundle (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} and opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} steps done; measuring on held-out data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in {0}. Held out: {1}. Save the model to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2:.4f}, {3} elapsed. The window shows another model; Save model… opens this one once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2:.4f}, {3} elapsed. The heatmaps show the weights of step {4}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>A model is being trained already: stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped at step {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trained model to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is still running: wait or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (training, step {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training finished: save the model to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model being trained could not be kept in {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitFinderView</name>
    <message>
        <source>step {k}: {token} · inside {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate / state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the units should track: the tokens you selected in the chips above
(shift+click or drag across them), or a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank every unit of every layer by |r| with the amber tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the ★ marks, the results and the selected span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to show its layer and select its unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find units that track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty: type or paste some text to find units in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No span selected: shift+click two token chips above (or drag across them) to select the tokens to explain, or pick a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected span covers every token: nothing is left outside it to compare with. Select fewer tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” holds for every token of this text: the indicator is constant, so nothing can correlate with it. Use a text where it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” holds for no token of this text: the indicator is constant, so nothing can correlate with it. Use a text where it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all gates and states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{long} {name} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in the shown layer (bold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the shown layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — switch layer to see the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best {n} units for “{label}” ({inside} of {total} tokens inside), by |r|. ★ marks them in the heatmaps: {where}{more}. Click a row to show its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Find units to rank every unit by how well it follows the amber tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPlot</name>
    <message>
        <source>Click a row in the heatmaps to follow a unit over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type some text above, then click a row in the heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step {k}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {k}/{n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <source>unit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similarity (clustered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the units (rows); computed from the hidden state h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the k most active units (mean |h|); 0 shows all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort units by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChipCanvas</name>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {k}: {text} (chars {start}-{end}, id {id}, {state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift+click or drag across chips to select a span</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 steps back / forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the text field (back to the heatmaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the view as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the view to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset the heatmap zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show / hide the analysis views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: the model continues the text (again: stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard the generated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train a model on a bundled task and watch it learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare with another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the last intervention (in the Interventions tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step keys work from anywhere in the window except inside the text field, where Left/Right move the caret. Press Escape to leave the text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate Explorer {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the gates of LSTM, GRU and RNN networks on your own text. Computed by an embedded NumPy engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>state, centred on 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centred on 0; the largest 10% saturate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} gates and states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue→white→red: negative→0→positive.&lt;br&gt;White→blue: 0→1. Hatched red: NaN.&lt;br&gt;Orange box: current step; later steps are veiled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
