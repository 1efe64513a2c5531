<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{kind} has no {name!r}; its gates and states are {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} of a {kind} is not computed by weight rows</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vocabulary given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding has shape {table_shape}, expected (V, {width}) for a net of input width {width}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has {n_tokens} tokens but the embedding has {size} rows (shape {table_shape}): expected one token per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has {n_tokens} tokens but the net takes {width} inputs and the file has no embedding: one-hot input needs exactly {width} tokens</source>
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
        <source>head activation {given!r}: expected one of {names}</source>
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
        <source>head weight has shape {weight_shape}, expected (C, {d_out})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head bias has shape {bias_shape}, expected ({classes},)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head is linear over {n} outputs (logits, as for a loss with from_logits=True): showing their softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: layer {layer} comes before the recurrent layers and Gate Explorer cannot compute it (it reads Embedding -&gt; LSTM/GRU/SimpleRNN -&gt; Dense)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} follows the recurrent layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} follows the Dense layer {head_name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the Embedding {emb_name!r} reads {names}, not the model input: Gate Explorer cannot compute its input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the first recurrent layer {first_name!r} reads {found}, which Gate Explorer cannot compute (it reads Embedding -&gt; LSTM/GRU/SimpleRNN -&gt; Dense)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} reads {inputs}, not the previous recurrent layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: SimpleRNN activation {act!r} is not supported, expected tanh or relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: activation {act!r} is not supported, expected &apos;tanh&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: recurrent_activation {rec!r} is not supported, expected &apos;sigmoid&apos; or &apos;hard_sigmoid&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no recurrent layer (LSTM, GRU or SimpleRNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model config in the file: layers taken in their saved order ({order}){how}, told apart by the shapes of their weights, with the default activations of {keras}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: Embedding {embedding_name!r} has no weights</source>
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
        <source>{file}: layer {layer_name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: go_backwards=True outside Bidirectional is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} reads {names} besides its input (an initial state or a second call), which Gate Explorer cannot compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: Bidirectional merge_mode must be &apos;concat&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} reads {fan_in} inputs but the layer before it gives {width}: the layers do not form a chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} mixes recurrent layer kinds ({names}); expected one kind for the whole stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} mixes cell variants across its recurrent layers ({found}); expected one for the whole stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} mixes bidirectional and one-way layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}: the file has no config; Keras {version} (before 2.3) defaulted to recurrent_activation=&apos;hard_sigmoid&apos;, so the gates use Keras 2&apos;s hard sigmoid clip(0.2x + 0.5, 0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Dense {head_name!r} has kernel {shape}, not ({width}, C) for the recurrent layers&apos; output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activation} follows a Dense with activation {act}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Dense {head_name!r} applies {raw!r}, not softmax/sigmoid/linear</source>
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
        <source>no file or bundled model named {text!r} (bundled models: {listing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: expected a weights file ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a TorchScript archive: only its weights were read (its code was not run); {module} ({cls}) is computed as the standard torch.nn module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: unknown file type {value!r}; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model given: expected a bundled model name or a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a bundle and carries its own vocabulary; do not pass vocab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a bundle: it records its cell, module and head, so the {names} given cannot apply (they are for weights files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {what} declares {dims}, over the limit of {max_bytes} GiB for a weights file: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {what} declares {dims} but holds other data ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {what} points to external data {loc!r}; only a file beside the model is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {what} declares {dims} but {length} bytes of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {what} is in {loc}, which cannot be read ({strerror}); keep it beside the .onnx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {loc} holds {n_raw} of the {length} bytes of {what} (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: HardSigmoid(alpha={a}, beta={b}) gates are not supported (expected alpha 0.2 or 1/6 and beta 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: gate activation {act} is not supported (expected Sigmoid or HardSigmoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: activation {act} where Tanh was expected is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the two directions use different gate activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {what} is a nonzero constant; Gate Explorer starts from zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is an input of the graph: computed from zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {what} is filled with a nonzero value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {what} comes from another recurrent node (an encoder-decoder); Gate Explorer computes one stack from zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {op} node {node!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: direction {direction!r} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: clip={attrs} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: input_forget=1 (coupled gates) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: W and R must be constant tensors of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: W {w_shape} and R {r_shape} should be ({d}, {gates}*H, F) and ({d}, {gates}*H, H) with H = {hidden}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: B is {found}, expected ({d}, {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: sequence_lens is ignored: every step is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: peephole weights P are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: RNN activations {acts} are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recurrent nodes do not all read the text the same way (a direction=&apos;reverse&apos; node reads it from the end, as a bidirectional layer&apos;s backward direction does): shown as bidirectional layers whose missing directions are empty (no weights, every value 0): {list}; the numbers are the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the bidirectional {op_type} node {node_name!r} output is rearranged with Transpose {value} (layout {layout}); expected Transpose(perm=[0, 2, 1, 3]) then Reshape, as torch.onnx.export writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{op_type} {node_name!r} and what follows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph&apos;s output cannot be computed ({what} read the recurrent layers): showing the recurrent layers without predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read (a damaged ONNX model: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is over {max_bytes} GiB: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable ONNX model (corrupt or truncated: {type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no LSTM, GRU or RNN node (found {value}); a loop of MatMuls (e.g. a scripted cell) is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent nodes not loaded (they do not read the stack): {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the first recurrent node reads a Gather that is not a (V, F) table indexed by the graph input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the first recurrent node reads the output of {op}, which Gate Explorer cannot compute (it reads Gather -&gt; LSTM/GRU/RNN -&gt; MatMul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the recurrent nodes differ in kind or activations ({variants}); expected one for the whole stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable ONNX model ({type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight_hh_l0 is {found}: expected (G*H, H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight_hh_l0 has shape {w_hh_shape}: expected (4*H, H) for an LSTM, (3*H, H) for a GRU or (H, H) for an RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind={kind!r} expects weight_hh_l0 of shape ({gates}*H, H) = ({rows}, {hidden}), found {shape} (that is a {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind={kind!r} expects weight_hh_l0 of shape ({gates}*H, H) = ({rows}, {hidden}), found {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer-0 tensors disagree on the cell: {shown}; with hidden size {hidden} an LSTM expects {value} rows in each, a GRU {value2}, an RNN {hidden}: re-save the state_dict of one nn.LSTM, nn.GRU or nn.RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has shape {arr_shape}, but {others} make this {long} of hidden size {hidden}, which expects {name} of shape {expected}: the file is damaged or mixes two modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}{names} missing (found {names2}): expected both weight_ih and weight_hh of every layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the other biases are there, so this is not a module saved with bias=False, whose biases are all absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{torch_name} is missing{extra}: the file is incomplete; re-save the full state_dict (no zeros are assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}layers {layers} found: expected layers 0..{n_layers} with none missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous {role}: {names} all have shape {shapes}; remove the extra arrays or save only the model&apos;s own state_dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recurrent module named {module!r} in the file; it holds: {names} ({listing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recurrent weights found: expected keys like weight_ih_l0 and weight_hh_l0 (maybe under a prefix such as rnn.), or weight_ih and weight_hh of an nn.LSTMCell/GRUCell/RNNCell; found {value}</source>
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
        <source>embedding {k} has shape {rest_shape} but {ih_key} has shape {w_ih_shape}, which takes inputs of width {width}: the embedding does not feed this network (a different module&apos;s, or a damaged file); save the matching pair</source>
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
        <source>unknown tokenizer {kind!r}; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open {ref}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet: this text would take {reason} ({steps:,} steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not run the model: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sort {new!r}; expected {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run yet: open a model and type some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {u} does not exist in this model</source>
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
        <source>cannot keep {steps} steps of this run</source>
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
        <source>generation stopped: the writing process failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session not restored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cell kind {kind!r}; expected one of {names} (or &apos;rnn&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proj_size is only for LSTM, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate_activation is for LSTM and GRU gates; a {kind} has no gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset_after=False is only for GRU, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proj_size ({proj_size}) must be smaller than hidden_size ({hidden_size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected parameter(s) {names} for a {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing parameter {name} {shape} for {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recurrent weights found: expected weight_ih_l0 and weight_hh_l0, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight_ih_l0 has shape {w_ih_shape}: a {kind} expects ({gates}*H, F)</source>
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
        <source>input has shape {x_shape}: expected (T, F) or (T, B, F) with F = {input_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input has width {x_shape} (shape {x_shape2}), expected {input_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c0 is only for LSTM; a {kind} has no cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer} direction {direction} does not exist: the network has {n_layers} layer(s) and {n_layers2} direction(s)</source>
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
        <source>gradient flow needs an unbatched run (one text), found a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no steps: type some text to see the gradient flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {target} does not exist: the run has {steps} step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss at step {target} is not finite (the weights or the run hold NaN or inf), so there is no gradient to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gradient is not finite (NaN or inf in the weights or the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {name!r} gradient: only an LSTM has a cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span {start}..{end} does not fit a sequence of {length} token(s): expected 0 &lt;= start &lt; end &lt;= length</source>
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
        <source>expected a Trace or a ModelRun, found {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator has shape {y_shape}: expected one value per token ({steps},)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace holds a batch of {x_shape} sequences: expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trace_kind} has no {names}; expected some of {names2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no units to rank: the trace is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot intervene: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not apply the interventions: {error}</source>
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
        <source>{trace_kind} has no initial {name}</source>
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
        <source>unknown cell kind {kind!r}; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} does not exist: the run has {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {unit} does not exist: the layer has {width} units</source>
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
        <source>the compiled engine failed to load ({error}); warm_up() picks NumPy instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cache folder is not writable, so it compiles again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compiled engine failed to load ({error}); NumPy runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown engine {choice!r} (from {value}); expected one of {names}</source>
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
        <source>Its data is not in this installation: {file} is missing (a source checkout has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task {family!r}; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell must be one of {names}, found {cell!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be between 1 and {hi}, found {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} cannot be trained here. {reason}</source>
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
        <source>module {module!r}: expected ENCODER{pair}DECODER, two of the file&apos;s recurrent modules ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both, as an encoder-decoder: {a}&apos;s final state starts {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {dec_label} has no output layer (a Linear from its hidden state to the target vocabulary), so it cannot write an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the decoder&apos;s output layer has {rows} row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as an encoder-decoder: {enc}&apos;s final (h, c) starts {dec}, which reads its previous answer at every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no target vocabulary: the decoder&apos;s tokens are named by id, id 0 read as &lt;s&gt; (start) and id 1 as &lt;/s&gt; (end), as in PyTorch&apos;s seq2seq tutorial (SOS_token = 0, EOS_token = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: an encoder-decoder is read with sigmoid gates and a tanh (or relu) activation; this layer has {cfg} and {cfg2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: go_backwards/stateful layers are not read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {below_name} masks id 0 (mask_zero=True), which this app does not compute: save the model without masking to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {dec_name} feeds no single Dense layer, so it cannot write an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {head_name} applies {activation!r}; expected softmax, sigmoid or linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stack {stack!r}; expected encoder or decoder</source>
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
        <source>only unbatched one-way traces can be joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoder and decoder traces are of different cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stack {name!r}; expected encoder or decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoder has no answer to take a loss at: choose a decoder step (from step {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss is not finite, so there is no gradient to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at step {n} (decoder step {k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no derivative known for gate activation {activation!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step Jacobian needs a one-way network: a bidirectional layer&apos;s reverse direction runs from the end, so there is no single step map s_(t-1) -&gt; s_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step Jacobian needs an unbatched run (one text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an LSTM has forget gates; this is a {trace_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {end} does not exist: the run has {steps} step(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given: expected a path such as out.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: it is a symbolic link to {readlink}, which does not exist; expected a file or a link to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder, expected a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: {folder} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: folder {folder} is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; not overwriting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing {target} produced no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown gate activation {name!r}; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown gate activation {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply_inplace is for the hard sigmoids, not {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state gradient {name!r}: expected &apos;h&apos; (or &apos;c&apos;, LSTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace is from a {trace_kind} with {num_layers} layer(s), but this network is a {net}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace does not come from this network ({net})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d_c_n is only for LSTM; a {cfg_kind} has no cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {what} value(s), the first at index {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has shape {arr_shape}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {size} of memory (limit {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {duration} (limit {limit:g} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{memory} and {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {config_kind} with {layers}{hidden_size} units needs {size} for its weights alone; the limit is {size2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} would take {reason} ({steps:,} steps): shorten the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.0f} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.0f} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,.1f} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature must be a number in (0, {max_temperature:g}], got {t!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-k must be a whole number &gt;= 0, got {top_k!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_name} cannot write text: generation needs a next-token head (a language model), this model has {head_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_name} is bidirectional: its reverse direction reads the future, so it cannot continue a text one token at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_name} reads numbers, not tokens: it cannot write text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_name} has only special tokens in its vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a prompt first: generation continues a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only unbatched one-directional traces can be extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only unbatched one-directional traces can be cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep {steps} of {steps2} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an intervention: {d!r}; expected layer, direction, step, name, unit, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention value {iv_value} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{net_kind} has no {iv_name!r} to clamp; its gates and states are {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer} does not exist: the network has {num_layers} layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction {direction} does not exist: the network has {num_directions} direction(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} is outside the run: it has {steps} step(s), 0 to {steps2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {unit} does not exist: {iv_name} has {width} units (0 to {width2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace is of a {num_layers}-layer {trace_kind}, the network a {net}: intervene with the network that made the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encoder-decoder here has one-way stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoder ({net}) and decoder ({net2}) must have the same cell, layers and sizes for the state to be handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder needs a next-token head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder&apos;s vocabulary has no {special!r} token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target holds {names}, which the decoder cannot write (not in its vocabulary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to animate: the text has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames per second must be positive, got {fps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 export needs imageio-ffmpeg: pip install &apos;gate-explorer[video]&apos; (or use GIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {spec!r}: expected UNIT, NAME:UNIT or LAYER:NAME:UNIT[:DIRECTION], e.g. 1:h:92</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range {spec!r}: expected A:B with 0 &lt;= A &lt; B &lt;= {steps} (the run&apos;s steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}: a {trace_kind} has {names}, not {unit_name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}: the model has {num_layers} layer(s) and {num_directions} direction(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}: the layer has {values_shape} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one unit to shade the text by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n_units} units: the text view shows up to {max_units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stop:,} tokens: an HTML text view holds up to {max_tokens:,}; choose a range with --range A:B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not encode the image as {fmt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not start an SVG document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not start a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt did not finish the PDF document (no %%EOF at its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path_name}: the PDF on disk is incomplete (no %%EOF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clipboard available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown image format {fmt!r}; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to export: the view has no size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale must be positive, got {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model card must be JSON (numbers, text, lists, dicts): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a valid Gate Explorer bundle: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {key!r} cannot be read (corrupt or truncated file: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata has no {key!r} field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata field {key!r} should be {names}, found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meta_key} should be uint8 bytes, found {raw_dtype} {raw_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meta_key} is not valid JSON ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meta_key} should be a JSON object, found {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format is {meta!r}, expected {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version is {version!r}, expected a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a version {version} bundle, written by a newer Gate Explorer; this one reads versions up to {version2}: please upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {meta_key} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable .npz archive (corrupt or truncated: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single .npy array, expected a .npz archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle {path} is {what}: expected a .npz file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {meta_key} entry (found {shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected entries {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config gate_activation should be text and reset_after true/false, found {gate_activation!r} and {reset_after!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config {key} is {value!r} but the weights give {found!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenizer {tok_kind!r}, expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocab should be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocab lists {dup!r} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head arrays present but the metadata has no head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card should be a JSON object, found {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding mode {mode!r}, expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numeric embedding feeds 1 input, but the net takes {width}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric scaling needs finite offset and non-zero scale, found offset {offset!r}, scale {scale!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-hot embedding of {n_vocab} tokens, but the net&apos;s input width is {width}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding mode is &apos;learned&apos; but there is no embedding/weight entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding/weight has shape {weight_shape}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head should name a kind among {names}, found {meta!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata has a head but there is no {key} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head/weight has shape {weight_shape}, expected (C, {d_out})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head/bias has shape {bias_shape}, expected ({classes},)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head has {n_labels} labels for {classes} outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a next-token head has {classes} outputs for {vocab_size} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head activation should be one of {known}, found {activation!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a safetensors header of {size:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds more than {max_nodes:,} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN or inf in {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable HDF5 file (corrupt or truncated: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no layer_names attribute: not a Keras weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by Keras {version}, whose per-gate weights (lstm_1_W_i ...) are not read; load it into Keras 2 (which converts them) and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: model_config is not valid JSON ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: layer {name!r} is listed but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: weight {wname!r} of layer {name!r} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read (corrupt or truncated HDF5: {type}: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: layer {own!r} is a ConvLSTM layer (group layers/{key}), whose gates are convolutions over an image; Gate Explorer reads LSTM, GRU and SimpleRNN layers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no &apos;layers&apos; group: not a Keras 3 .weights.h5 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the archive has no {name} (found {found}); expected a Keras 3 .keras file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {name} declares {file_size} bytes, over the limit of {limit}: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a zip archive ({exc}): a .keras file is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} keeps its weights as model.weights.npz, which is not read; save with model.save(&apos;x.keras&apos;) (the default h5 weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: config.json is not valid JSON ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: config.json describes a {value} without a list of layers (a subclassed model); build it as a Sequential or functional model to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read (corrupt or truncated: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a zip archive ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {where} declares shape {shape}, larger than any layer Gate Explorer can show (at most {max_dim} per axis): not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {where} holds {ds_dtype} values, expected numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {where} declares {shape} ({nbytes:.0f} MiB), over the limit of {max_bytes} GiB for a weights file: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {where} declares {shape} ({nbytes} bytes) but the file stores only {stored} bytes of it (truncated or forged): not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: layer {layer_name!r} is {what}, whose gates are convolutions over an image; Gate Explorer reads LSTM, GRU and SimpleRNN layers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected kernel and recurrent_kernel arrays, found {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: kernel {kernel_shape} and recurrent_kernel {rec_shape} should be (F, G*H) and (H, G*H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: kernel has shape {kernel_shape}, expected (F, {gates}) to match recurrent_kernel {rec_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: LSTM bias has shape {bshape}, expected ({gh},) or ({value},) for CuDNNLSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: GRU bias has shape {bshape}, expected (2, {gh}) (reset_after=True), ({gh},) (reset_after=False) or ({value},) for CuDNNGRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the config says reset_after={said} but the bias has shape {bshape}, which is the form of reset_after={reset_after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: SimpleRNN bias has shape {bshape}, expected ({hidden},)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: recurrent_kernel has shape {rec_shape}: expected (H, 4H) LSTM, (H, 3H) GRU or (H, H) SimpleRNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading {what} needs {value}: pip install {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: array {name!r} declares shape {shape} ({count:,} elements, {size:,} bytes) but the file holds {max:,} bytes for it: the file is damaged or not what it claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: array {name!r} declares shape {shape}; the file declares {total:,} elements, more than the {limit:,} Gate Explorer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a single array, expected a .npz archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable .npz archive (corrupt or truncated: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a single array, expected a .npz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable .safetensors file ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than its 8-byte header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header declares {length:,} bytes, the file holds {size:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is not JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor {key!r} has dtype, shape or offsets it cannot read: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor {key!r} lies at bytes {begin}..{end} of {data_size:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor {key!r} declares shape {shape} ({count:,} bytes) but spans {end:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares more than the {max_elements:,} elements read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor {key!r} is cut short: the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint holds more than {max_keys:,} named values: not a model&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a TorchScript archive that holds no tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a single tensor {obj_shape}, expected a state_dict (a dict of tensors): save model.state_dict() with torch.save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a {type}, expected a state_dict (a dict of tensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no tensors: expected a state_dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model card must be JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no {meta_key} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: metadata is not JSON ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: damaged archive ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not an encoder-decoder bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: encoder-decoder format version {meta!r}, this app reads version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a readable .npz archive ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a single .npy array, not an encoder-decoder bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no {part} in the metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the column is empty (expected at least one number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {row} holds {values!r}: expected a finite number in every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {row} holds {values!r}, too large for float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a readable .npy file ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: declares {count:,} values; the limit for a series is {max_values:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: holds an array of shape {shape}: expected one series, shape (T,) or (T, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: holds {dtype} values: expected numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: cannot read the array ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not UTF-8 text (expected a CSV or TSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the file is empty (expected a column of numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: only a header row, no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no such file (expected a CSV, TSV or .npy series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {st_size:,.0f} MB; the limit for a series file is {max_bytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: row {line}, column {header!r} holds {shown}: expected a number in every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {arr_size:,} values; the limit is {max_values:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r} (index {index})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no column {column!r}; the columns are {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no column holds numbers in its first rows; columns: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r}, the only numeric one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column!r}, the last numeric one (also numeric: {others}; choose with --column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole pickled model is not read: save model.state_dict() with torch.save instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only numeric NumPy values are read (object arrays hold pickled Python objects); store it as a tensor or a list, nothing was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that would run code from the file, so it was not read (nothing was run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: blocked: the pickle asks for {what}; {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the pickle is nested too deeply to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (its pickle is damaged: {type}: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} declares {total:,} elements in {n_storages} storages, more than the {max_elements:,} Gate Explorer reads from one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {filename} declares {file_size:,} bytes compressed into {compress_size:,}, more than the {max_ratio}-fold Gate Explorer expands (weights do not compress that well): the file is damaged or hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a tensor of size {t_size} has strides {stride} and offset {offset}: damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a tensor of size {t_size} declares {count:,} elements, more than the {max_elements:,} Gate Explorer reads from one file (with the tensors before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a tensor of size {t_size} needs element {last} of storage {key}, which holds {storage_size}: the file is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint is nested too deeply to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint holds more than {max_nodes:,} values: not a model&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a TorchScript archive without data.pkl (an old TorchScript format): in Python, torch.jit.load it and torch.save(model.state_dict(), &apos;x.pt&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a zip archive but not a PyTorch checkpoint (no data.pkl; found {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: storage {key} is missing from the archive (no {member}): the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: storage {key} declares {numel:,} elements ({need:,} bytes) but the file holds {file_size:,} bytes for it: the file is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: storage {key} cannot be read ({exc}): the file is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TorchScript archive&apos;s modules are nested too deeply or too often to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a legacy PyTorch file whose {what} cannot be read: damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a PyTorch file (wrong magic number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a legacy PyTorch file of protocol {protocol!r} (expected 1001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the storage list does not match the pickle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: storage {key} is missing: the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: storage {key} declares {numel:,} elements ({need:,} bytes) but the file holds {max:,} more bytes: damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is PyTorch&apos;s oldest (tar) format, which is not read: in Python, torch.load it and torch.save(obj, &apos;x.pt&apos;) again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (neither a zip archive nor a pickle: corrupt, truncated or another format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (damaged zip archive: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (damaged: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (damaged or truncated: {type}: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: id {i} is {tok!r}, expected a text token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} lists {tok!r} twice (ids {seen} and {i})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is empty: expected at least one token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: keys should be ids when values are tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the id of {tok!r} is {idx!r}, expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: id {idx} is given to {tokens!r} and {tok!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: ids should be 0..{size} with none missing; id {missing} is missing (largest id is {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary file {path} is {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary file {file} is not UTF-8 text ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not valid JSON ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is empty: expected one token per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is a {type}; expected a file, a list of tokens or a dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine} (loading …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save {path_name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {max_bytes} GB, the limit for a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read session {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a session file: not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a session file: bad JSON ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a session file: nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a Gate Explorer session file: expected &quot;format&quot;: &quot;{value}&quot;, found {found!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a valid session: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encoder-decoder writes its own answer (greedy, or teacher-forced from the Target field): Generate continues the text of a one-stack model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens to write must be 1..100,000, got {tokens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpoint at {path}: expected a file written by train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a training checkpoint: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a training checkpoint (format {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss became NaN or infinite; try a smaller learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint does not fit this run: it has step {step} of {steps} and lacks {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint does not fit this run: it has step {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint {checkpoint_path} was made for {extra} with {extra2}; this run is {name} with {settings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task {name!r}; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected JSON text, found {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model reference must be an object, found {data!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad model reference {data!r}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model source {source!r} is unknown; expected one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden size must be between 1 and 4096, found {hidden}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers must be between 1 and 16, found {layers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open {target}: model loading is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open {target}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session.version: format version {version}; this app reads up to {version2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session.span: expected [start, end] with start &lt;= end, found {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected {expected}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {lo} to {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {n_args} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer{range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number{range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finite number{range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {spec:,} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text without lone surrogates (invalid Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: missing; expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bundled model named {name!r}; available: {listing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min {seen} over N = 1..50, min {unseen} / mean {mean} over N = 51..100 (never trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result}; gradient at step 1 / at `?`, N = 100: {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bits} bits/char on {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bits} bits/char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote unit layer {layer} {unit}, r = {r} ({story} on story)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote unit layer {layer} {unit}, r = {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}, taught by an auxiliary objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (`&lt;unk&gt;`) {shares}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} on {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset}: layer {layer} {unit}, r = {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accuracy} of {reviews} short reviews written for the card ({unknown} unknown words); {drugs} of {drug_reviews} UCI drug reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she/he min {trained} at distances 0..30, min {unseen} at 35..{far} (never trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE {long} vs {naive_long} for next = last on {steps}-step series (trained on {trained}); {slow} vs {naive_slow} with periods {periods} (never trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE {rmse} vs {naive} for next = last on {years} (never trained; trained on the years before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact match {share} on {count} dates from {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the README has no {begin} ... {end} block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronoun agreement (she/he) across a growing number of distractor words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean character language model (one step per syllable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the first two letters (a-d) across N random letters e..z; answer at &apos;?&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character-level language model on real prose with dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character-level LM on real prose with dialogue; quote state taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment of short reviews as people write them (positive / negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the next value of a noisy sum of two sines (numbers in, out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict next year&apos;s sunspot number from the years before (a real series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from {used} of {total} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps {start}..{stop} do not fit a run of {steps} step(s): expected 0 &lt;= start &lt;= stop &lt;= steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run is empty: no step to read the layer&apos;s width from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: wrote {rows} rows, expected shape {shape}</source>
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
        <source>Writing the trace data…</source>
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
        <source>Colour ranges estimated from {used} of {total} steps.</source>
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
