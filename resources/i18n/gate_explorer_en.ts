<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>candidate</source>
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
        <source>input width 1 and no vocabulary: the text is read as numbers, each fed as the one input</source>
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
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Generated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export cancelled</source>
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
    <name>MainWindow</name>
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
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text held {0} byte(s) that are not UTF-8: shown as U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last session not restored: {0}</source>
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
    <name>ShadeBar</name>
    <message>
        <source>Shade the text by {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>⚠ This text is {0:,} characters long: the field shows the first {1:,} (read-only); the model reads all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChipCanvas</name>
    <message>
        <source>UNKNOWN: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
