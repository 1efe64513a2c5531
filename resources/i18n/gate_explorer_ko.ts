<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{kind} has no {name!r}; its gates and states are {names}</source>
        <translation>{kind}에는 {name!r}이(가) 없습니다. 게이트와 상태는 {names}입니다</translation>
    </message>
    <message>
        <source>{name!r} of a {kind} is not computed by weight rows</source>
        <translation>{kind}의 {name!r}은(는) 가중치 행으로 계산되지 않습니다</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>입력 게이트</translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation>망각 게이트</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>출력 게이트</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>셀 상태</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>은닉 상태</translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation>리셋 게이트</translation>
    </message>
    <message>
        <source>update gate</source>
        <translation>업데이트 게이트</translation>
    </message>
    <message>
        <source>unknown view {view!r}; expected one of {expected}</source>
        <translation>알 수 없는 뷰 {view!r}: {expected} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>missing vocabulary: ids shown as tokens ({what} 0..{last}, typed as words); open the file with its vocabulary (--vocab FILE) to type text</source>
        <translation>어휘 사전 없음: id를 토큰으로 표시합니다({what} 0..{last}, 단어로 입력). 텍스트를 입력하려면 어휘 사전과 함께 파일을 여세요(--vocab FILE)</translation>
    </message>
    <message>
        <source>computed with {kind} as chosen (an nn.RNN state_dict does not record its nonlinearity)</source>
        <translation>선택한 대로 {kind}(으)로 계산했습니다(nn.RNN state_dict에는 비선형 함수가 기록되지 않습니다)</translation>
    </message>
    <message>
        <source>the file does not say whether this RNN uses tanh or relu (an nn.RNN state_dict does not record its nonlinearity): computed with tanh; switch to relu if the model was built with nonlinearity=&apos;relu&apos; (--kind rnn_relu)</source>
        <translation>이 RNN이 tanh와 relu 중 무엇을 쓰는지 파일에 없습니다(nn.RNN state_dict에는 비선형 함수가 기록되지 않습니다): tanh로 계산했습니다. 모델을 nonlinearity=&apos;relu&apos;로 만들었다면 relu로 바꾸세요(--kind rnn_relu)</translation>
    </message>
    <message>
        <source>the vocabulary</source>
        <translation>어휘 사전</translation>
    </message>
    <message>
        <source>the vocabulary given</source>
        <translation>주어진 어휘 사전</translation>
    </message>
    <message>
        <source>embedding has shape {table_shape}, expected (V, {width}) for a net of input width {width}</source>
        <translation>임베딩의 모양이 {table_shape}입니다. 입력 폭이 {width}인 신경망에는 (V, {width})이어야 합니다</translation>
    </message>
    <message>
        <source>embedding rows</source>
        <translation>임베딩 행</translation>
    </message>
    <message>
        <source>{where} has {n_tokens} tokens but the embedding has {size} rows (shape {table_shape}): expected one token per row</source>
        <translation>{where}에는 토큰이 {n_tokens}개 있지만 임베딩은 {size}행입니다(모양 {table_shape}). 행마다 토큰이 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <source>{where} has {n_tokens} tokens but the net takes {width} inputs and the file has no embedding: one-hot input needs exactly {width} tokens</source>
        <translation>{where}에는 토큰이 {n_tokens}개 있지만 신경망의 입력은 {width}개이고 파일에 임베딩이 없습니다. 원-핫 입력에는 토큰이 정확히 {width}개 필요합니다</translation>
    </message>
    <message>
        <source>input width 1 and no vocabulary: the text is read as numbers, each fed as the one input</source>
        <translation>입력 폭이 1이고 어휘 사전이 없습니다: 텍스트를 숫자로 읽어 각각 하나의 입력으로 넣습니다</translation>
    </message>
    <message>
        <source>one-hot inputs</source>
        <translation>원-핫 입력</translation>
    </message>
    <message>
        <source>head activation {given!r}: expected one of {names}</source>
        <translation>헤드 활성화 함수 {given!r}: {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>the file does not record it</source>
        <translation>파일에 기록되어 있지 않음</translation>
    </message>
    <message>
        <source>the file says {act}</source>
        <translation>파일에는 {act}(으)로 되어 있음</translation>
    </message>
    <message>
        <source>the head&apos;s answers are shown through {act} as chosen ({why})</source>
        <translation>선택한 대로 헤드의 답을 {act}(으)로 보여 줍니다({why})</translation>
    </message>
    <message>
        <source>softmax over its {n} outputs</source>
        <translation>출력 {n}개에 대한 softmax</translation>
    </message>
    <message>
        <source>its one output as a value (linear)</source>
        <translation>하나뿐인 출력을 값 그대로(linear)</translation>
    </message>
    <message>
        <source>its one output through a sigmoid, as p(class 1)</source>
        <translation>하나뿐인 출력을 sigmoid에 통과시켜 p(클래스 1)로</translation>
    </message>
    <message>
        <source>the file does not say which activation the head applies: showing {why}</source>
        <translation>헤드가 어떤 활성화 함수를 쓰는지 파일에 없습니다: {why} 보여 줍니다</translation>
    </message>
    <message>
        <source>head weight has shape {weight_shape}, expected (C, {d_out})</source>
        <translation>헤드 가중치의 모양이 {weight_shape}입니다. (C, {d_out})이어야 합니다</translation>
    </message>
    <message>
        <source>head bias has shape {bias_shape}, expected ({classes},)</source>
        <translation>헤드 편향의 모양이 {bias_shape}입니다. ({classes},)이어야 합니다</translation>
    </message>
    <message>
        <source>the head is linear over {n} outputs (logits, as for a loss with from_logits=True): showing their softmax</source>
        <translation>헤드가 출력 {n}개에 대해 선형입니다(from_logits=True 손실처럼 로짓): 그 softmax를 보여 줍니다</translation>
    </message>
    <message>
        <source>{file}: layer {layer} comes before the recurrent layers and Gate Explorer cannot compute it (it reads Embedding -&gt; LSTM/GRU/SimpleRNN -&gt; Dense)</source>
        <translation>{file}: 층 {layer}이(가) 순환 층 앞에 있어 Gate Explorer가 계산할 수 없습니다(Embedding -&gt; LSTM/GRU/SimpleRNN -&gt; Dense를 읽습니다)</translation>
    </message>
    <message>
        <source>{layer} follows the recurrent layers</source>
        <translation>{layer}이(가) 순환 층 뒤에 있습니다</translation>
    </message>
    <message>
        <source>{layer} follows the Dense layer {head_name!r}</source>
        <translation>{layer}이(가) Dense 층 {head_name!r} 뒤에 있습니다</translation>
    </message>
    <message>
        <source>{file}: the Embedding {emb_name!r} reads {names}, not the model input: Gate Explorer cannot compute its input</source>
        <translation>{file}: Embedding {emb_name!r}은(는) 모델 입력이 아니라 {names}을(를) 읽습니다. Gate Explorer는 그 입력을 계산할 수 없습니다</translation>
    </message>
    <message>
        <source>{file}: the first recurrent layer {first_name!r} reads {found}, which Gate Explorer cannot compute (it reads Embedding -&gt; LSTM/GRU/SimpleRNN -&gt; Dense)</source>
        <translation>{file}: 첫 순환 층 {first_name!r}은(는) {found}을(를) 읽는데, Gate Explorer는 이를 계산할 수 없습니다(Embedding -&gt; LSTM/GRU/SimpleRNN -&gt; Dense를 읽습니다)</translation>
    </message>
    <message>
        <source>{layer} reads {inputs}, not the previous recurrent layer</source>
        <translation>{layer}은(는) 이전 순환 층이 아니라 {inputs}을(를) 읽습니다</translation>
    </message>
    <message>
        <source>{where}: SimpleRNN activation {act!r} is not supported, expected tanh or relu</source>
        <translation>{where}: SimpleRNN 활성화 함수 {act!r}은(는) 지원하지 않습니다. tanh나 relu여야 합니다</translation>
    </message>
    <message>
        <source>{where}: activation {act!r} is not supported, expected &apos;tanh&apos;</source>
        <translation>{where}: 활성화 함수 {act!r}은(는) 지원하지 않습니다. &apos;tanh&apos;여야 합니다</translation>
    </message>
    <message>
        <source>{where}: recurrent_activation {rec!r} is not supported, expected &apos;sigmoid&apos; or &apos;hard_sigmoid&apos;</source>
        <translation>{where}: recurrent_activation {rec!r}은(는) 지원하지 않습니다. &apos;sigmoid&apos;나 &apos;hard_sigmoid&apos;여야 합니다</translation>
    </message>
    <message>
        <source>{file} holds no recurrent layer (LSTM, GRU or SimpleRNN)</source>
        <translation>{file}에 순환 층(LSTM, GRU, SimpleRNN)이 없습니다</translation>
    </message>
    <message>
        <source>no model config in the file: layers taken in their saved order ({order}){how}, told apart by the shapes of their weights, with the default activations of {keras}</source>
        <translation>파일에 모델 설정이 없습니다: 층을 저장된 순서({order}){how}대로 가져와 가중치 모양으로 구분하고, {keras}의 기본 활성화 함수를 씁니다</translation>
    </message>
    <message>
        <source>{file}: Embedding {embedding_name!r} has no weights</source>
        <translation>{file}: Embedding {embedding_name!r}에 가중치가 없습니다</translation>
    </message>
    <message>
        <source>Embedding {name} has mask_zero=True: Keras skips the steps of id 0, here they are computed like any other</source>
        <translation>Embedding {name}에 mask_zero=True가 있습니다: Keras는 id 0인 단계를 건너뛰지만 여기서는 다른 단계와 똑같이 계산합니다</translation>
    </message>
    <message>
        <source>{name} (Masking, mask_value={value}): Keras skips the steps whose inputs all equal the mask value, here every step is computed</source>
        <translation>{name}(Masking, mask_value={value}): Keras는 입력이 모두 마스크 값과 같은 단계를 건너뛰지만 여기서는 모든 단계를 계산합니다</translation>
    </message>
    <message>
        <source>{file}: layer {layer_name!r}</source>
        <translation>{file}: 층 {layer_name!r}</translation>
    </message>
    <message>
        <source>{where}: go_backwards=True outside Bidirectional is not supported</source>
        <translation>{where}: Bidirectional 밖의 go_backwards=True는 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{where} reads {names} besides its input (an initial state or a second call), which Gate Explorer cannot compute</source>
        <translation>{where}은(는) 입력 외에 {names}도 읽습니다(초기 상태나 두 번째 호출). Gate Explorer는 이를 계산할 수 없습니다</translation>
    </message>
    <message>
        <source>{where}: Bidirectional merge_mode must be &apos;concat&apos;</source>
        <translation>{where}: Bidirectional의 merge_mode는 &apos;concat&apos;이어야 합니다</translation>
    </message>
    <message>
        <source>{where} reads {fan_in} inputs but the layer before it gives {width}: the layers do not form a chain</source>
        <translation>{where}은(는) 입력 {fan_in}개를 읽지만 앞 층의 출력은 {width}개입니다. 층들이 사슬을 이루지 않습니다</translation>
    </message>
    <message>
        <source>{file} mixes recurrent layer kinds ({names}); expected one kind for the whole stack</source>
        <translation>{file}에 여러 종류의 순환 층({names})이 섞여 있습니다. 스택 전체가 한 종류여야 합니다</translation>
    </message>
    <message>
        <source>{file} mixes cell variants across its recurrent layers ({found}); expected one for the whole stack</source>
        <translation>{file}의 순환 층마다 셀 변형이 다릅니다({found}). 스택 전체가 한 가지여야 합니다</translation>
    </message>
    <message>
        <source>{file} mixes bidirectional and one-way layers</source>
        <translation>{file}에 양방향 층과 단방향 층이 섞여 있습니다</translation>
    </message>
    <message>
        <source>{layer}: the file has no config; Keras {version} (before 2.3) defaulted to recurrent_activation=&apos;hard_sigmoid&apos;, so the gates use Keras 2&apos;s hard sigmoid clip(0.2x + 0.5, 0, 1)</source>
        <translation>{layer}: 파일에 설정이 없습니다. Keras {version}(2.3 이전)의 기본값은 recurrent_activation=&apos;hard_sigmoid&apos;이므로 게이트에 Keras 2의 hard sigmoid clip(0.2x + 0.5, 0, 1)을 씁니다</translation>
    </message>
    <message>
        <source>the Dense {head_name!r} has kernel {shape}, not ({width}, C) for the recurrent layers&apos; output</source>
        <translation>Dense {head_name!r}의 kernel이 {shape}입니다. 순환 층 출력에는 ({width}, C)여야 합니다</translation>
    </message>
    <message>
        <source>{activation} follows a Dense with activation {act}</source>
        <translation>{activation}이(가) 활성화 함수 {act}인 Dense 뒤에 있습니다</translation>
    </message>
    <message>
        <source>the Dense {head_name!r} applies {raw!r}, not softmax/sigmoid/linear</source>
        <translation>Dense {head_name!r}은(는) {raw!r}을(를) 적용합니다. softmax/sigmoid/linear가 아닙니다</translation>
    </message>
    <message>
        <source>recurrent layers not loaded: {list}</source>
        <translation>불러오지 않은 순환 층: {list}</translation>
    </message>
    <message>
        <source>layers not computed: {list}</source>
        <translation>계산하지 않은 층: {list}</translation>
    </message>
    <message>
        <source>the model&apos;s output cannot be computed ({why}): showing the recurrent layers without predictions</source>
        <translation>모델의 출력을 계산할 수 없습니다({why}): 예측 없이 순환 층만 보여 줍니다</translation>
    </message>
    <message>
        <source>no file or bundled model named {text!r} (bundled models: {listing})</source>
        <translation>{text!r}(이)라는 파일이나 내장 모델이 없습니다(내장 모델: {listing})</translation>
    </message>
    <message>
        <source>{path} is a folder: expected a weights file ({names})</source>
        <translation>{path}은(는) 폴더입니다. 가중치 파일({names})이어야 합니다</translation>
    </message>
    <message>
        <source>{file} is a TorchScript archive: only its weights were read (its code was not run); {module} ({cls}) is computed as the standard torch.nn module</source>
        <translation>{file}은(는) TorchScript 아카이브입니다: 가중치만 읽었습니다(코드는 실행하지 않음). {module}({cls})은(는) 표준 torch.nn 모듈로 계산합니다</translation>
    </message>
    <message>
        <source>{file}: unknown file type {value!r}; expected one of {names}</source>
        <translation>{file}: 알 수 없는 파일 형식 {value!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>no model given: expected a bundled model name or a file path</source>
        <translation>모델이 주어지지 않았습니다. 내장 모델 이름이나 파일 경로가 필요합니다</translation>
    </message>
    <message>
        <source>{file} is a bundle and carries its own vocabulary; do not pass vocab</source>
        <translation>{file}은(는) 번들이라 자체 어휘 사전이 있습니다. vocab을 주지 마세요</translation>
    </message>
    <message>
        <source>{file} is a bundle: it records its cell, module and head, so the {names} given cannot apply (they are for weights files)</source>
        <translation>{file}은(는) 번들입니다. 셀, 모듈, 헤드가 기록되어 있으므로 주어진 {names}은(는) 적용할 수 없습니다(가중치 파일용입니다)</translation>
    </message>
    <message>
        <source>{file}: {what} declares {dims}, over the limit of {max_bytes} GiB for a weights file: not read</source>
        <translation>{file}: {what}이(가) {dims}을(를) 선언해 가중치 파일 한도 {max_bytes} GiB를 넘습니다. 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{file}: {what} declares {dims} but holds other data ({exc})</source>
        <translation>{file}: {what}이(가) {dims}을(를) 선언하지만 다른 데이터를 담고 있습니다({exc})</translation>
    </message>
    <message>
        <source>{file}: {what} points to external data {loc!r}; only a file beside the model is read</source>
        <translation>{file}: {what}이(가) 외부 데이터 {loc!r}을(를) 가리킵니다. 모델 옆에 있는 파일만 읽습니다</translation>
    </message>
    <message>
        <source>{file}: {what} declares {dims} but {length} bytes of data</source>
        <translation>{file}: {what}이(가) {dims}을(를) 선언하지만 데이터는 {length}바이트입니다</translation>
    </message>
    <message>
        <source>{file}: {what} is in {loc}, which cannot be read ({strerror}); keep it beside the .onnx file</source>
        <translation>{file}: {what}은(는) {loc}에 있는데 읽을 수 없습니다({strerror}). .onnx 파일 옆에 두세요</translation>
    </message>
    <message>
        <source>{file}: {loc} holds {n_raw} of the {length} bytes of {what} (truncated)</source>
        <translation>{file}: {loc}에는 {what}의 {length}바이트 중 {n_raw}바이트만 있습니다(잘림)</translation>
    </message>
    <message>
        <source>{where}: HardSigmoid(alpha={a}, beta={b}) gates are not supported (expected alpha 0.2 or 1/6 and beta 0.5)</source>
        <translation>{where}: HardSigmoid(alpha={a}, beta={b}) 게이트는 지원하지 않습니다(alpha 0.2나 1/6, beta 0.5여야 합니다)</translation>
    </message>
    <message>
        <source>{where}: gate activation {act} is not supported (expected Sigmoid or HardSigmoid)</source>
        <translation>{where}: 게이트 활성화 함수 {act}은(는) 지원하지 않습니다(Sigmoid나 HardSigmoid여야 합니다)</translation>
    </message>
    <message>
        <source>{where}: activation {act} where Tanh was expected is not supported</source>
        <translation>{where}: Tanh 자리의 활성화 함수 {act}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{where}: the two directions use different gate activations</source>
        <translation>{where}: 두 방향의 게이트 활성화 함수가 다릅니다</translation>
    </message>
    <message>
        <source>{file}: {what} is a nonzero constant; Gate Explorer starts from zeros</source>
        <translation>{file}: {what}이(가) 0이 아닌 상수입니다. Gate Explorer는 0에서 시작합니다</translation>
    </message>
    <message>
        <source>{what} is an input of the graph: computed from zeros</source>
        <translation>{what}은(는) 그래프의 입력입니다: 0에서 시작해 계산합니다</translation>
    </message>
    <message>
        <source>{file}: {what} is filled with a nonzero value</source>
        <translation>{file}: {what}이(가) 0이 아닌 값으로 채워져 있습니다</translation>
    </message>
    <message>
        <source>{file}: {what} comes from another recurrent node (an encoder-decoder); Gate Explorer computes one stack from zeros</source>
        <translation>{file}: {what}은(는) 다른 순환 노드에서 옵니다(인코더-디코더). Gate Explorer는 스택 하나를 0에서 시작해 계산합니다</translation>
    </message>
    <message>
        <source>{file}: {op} node {node!r}</source>
        <translation>{file}: {op} 노드 {node!r}</translation>
    </message>
    <message>
        <source>{where}: direction {direction!r} is not supported</source>
        <translation>{where}: direction {direction!r}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{where}: clip={attrs} is not supported</source>
        <translation>{where}: clip={attrs}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{where}: input_forget=1 (coupled gates) is not supported</source>
        <translation>{where}: input_forget=1(결합된 게이트)은 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{where}: W and R must be constant tensors of the file</source>
        <translation>{where}: W와 R은 파일에 든 상수 텐서여야 합니다</translation>
    </message>
    <message>
        <source>{where}: W {w_shape} and R {r_shape} should be ({d}, {gates}*H, F) and ({d}, {gates}*H, H) with H = {hidden}</source>
        <translation>{where}: W {w_shape}와 R {r_shape}은(는) ({d}, {gates}*H, F)와 ({d}, {gates}*H, H)여야 합니다(H = {hidden})</translation>
    </message>
    <message>
        <source>{where}: B is {found}, expected ({d}, {value})</source>
        <translation>{where}: B가 {found}입니다. ({d}, {value})이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: sequence_lens is ignored: every step is computed</source>
        <translation>{where}: sequence_lens는 무시합니다: 모든 단계를 계산합니다</translation>
    </message>
    <message>
        <source>{where}: peephole weights P are not supported</source>
        <translation>{where}: 핍홀 가중치 P는 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{where}: RNN activations {acts} are not supported</source>
        <translation>{where}: RNN 활성화 함수 {acts}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the recurrent nodes do not all read the text the same way (a direction=&apos;reverse&apos; node reads it from the end, as a bidirectional layer&apos;s backward direction does): shown as bidirectional layers whose missing directions are empty (no weights, every value 0): {list}; the numbers are the file&apos;s</source>
        <translation>순환 노드가 모두 같은 방향으로 텍스트를 읽지는 않습니다(direction=&apos;reverse&apos; 노드는 양방향 층의 역방향처럼 끝에서부터 읽음): 빠진 방향이 비어 있는(가중치 없음, 모든 값 0) 양방향 층으로 보여 줍니다: {list}. 수치는 파일의 것입니다</translation>
    </message>
    <message>
        <source>{file}: the bidirectional {op_type} node {node_name!r} output is rearranged with Transpose {value} (layout {layout}); expected Transpose(perm=[0, 2, 1, 3]) then Reshape, as torch.onnx.export writes it</source>
        <translation>{file}: 양방향 {op_type} 노드 {node_name!r}의 출력이 Transpose {value}(레이아웃 {layout})로 재배열됩니다. torch.onnx.export가 쓰는 대로 Transpose(perm=[0, 2, 1, 3]) 다음 Reshape여야 합니다</translation>
    </message>
    <message>
        <source>{op_type} {node_name!r} and what follows it</source>
        <translation>{op_type} {node_name!r}와(과) 그 뒤의 노드</translation>
    </message>
    <message>
        <source>the graph&apos;s output cannot be computed ({what} read the recurrent layers): showing the recurrent layers without predictions</source>
        <translation>그래프의 출력을 계산할 수 없습니다({what}이(가) 순환 층을 읽음): 예측 없이 순환 층만 보여 줍니다</translation>
    </message>
    <message>
        <source>{file} cannot be read (a damaged ONNX model: {why})</source>
        <translation>{file}을(를) 읽을 수 없습니다(손상된 ONNX 모델: {why})</translation>
    </message>
    <message>
        <source>{file} is over {max_bytes} GiB: not read</source>
        <translation>{file}이(가) {max_bytes} GiB를 넘습니다. 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{file} is not a readable ONNX model (corrupt or truncated: {type})</source>
        <translation>{file}은(는) 읽을 수 있는 ONNX 모델이 아닙니다(손상되었거나 잘림: {type})</translation>
    </message>
    <message>
        <source>{file} has no LSTM, GRU or RNN node (found {value}); a loop of MatMuls (e.g. a scripted cell) is not read</source>
        <translation>{file}에 LSTM, GRU, RNN 노드가 없습니다({value} 있음). MatMul 루프(예: 스크립트로 만든 셀)는 읽지 않습니다</translation>
    </message>
    <message>
        <source>recurrent nodes not loaded (they do not read the stack): {list}</source>
        <translation>불러오지 않은 순환 노드(스택을 읽지 않음): {list}</translation>
    </message>
    <message>
        <source>{file}: the first recurrent node reads a Gather that is not a (V, F) table indexed by the graph input</source>
        <translation>{file}: 첫 순환 노드가 읽는 Gather가 그래프 입력으로 인덱싱되는 (V, F) 표가 아닙니다</translation>
    </message>
    <message>
        <source>{file}: the first recurrent node reads the output of {op}, which Gate Explorer cannot compute (it reads Gather -&gt; LSTM/GRU/RNN -&gt; MatMul)</source>
        <translation>{file}: 첫 순환 노드가 {op}의 출력을 읽는데, Gate Explorer는 이를 계산할 수 없습니다(Gather -&gt; LSTM/GRU/RNN -&gt; MatMul을 읽습니다)</translation>
    </message>
    <message>
        <source>{file}: the recurrent nodes differ in kind or activations ({variants}); expected one for the whole stack</source>
        <translation>{file}: 순환 노드마다 종류나 활성화 함수가 다릅니다({variants}). 스택 전체가 한 가지여야 합니다</translation>
    </message>
    <message>
        <source>{file} is not a readable ONNX model ({type})</source>
        <translation>{file}은(는) 읽을 수 있는 ONNX 모델이 아닙니다({type})</translation>
    </message>
    <message>
        <source>weight_hh_l0 is {found}: expected (G*H, H)</source>
        <translation>weight_hh_l0이(가) {found}입니다. (G*H, H)여야 합니다</translation>
    </message>
    <message>
        <source>weight_hh_l0 has shape {w_hh_shape}: expected (4*H, H) for an LSTM, (3*H, H) for a GRU or (H, H) for an RNN</source>
        <translation>weight_hh_l0의 모양이 {w_hh_shape}입니다. LSTM은 (4*H, H), GRU는 (3*H, H), RNN은 (H, H)여야 합니다</translation>
    </message>
    <message>
        <source>kind={kind!r} expects weight_hh_l0 of shape ({gates}*H, H) = ({rows}, {hidden}), found {shape} (that is a {found})</source>
        <translation>kind={kind!r}이면 weight_hh_l0의 모양이 ({gates}*H, H) = ({rows}, {hidden})이어야 하는데 {shape}입니다(이는 {found}의 모양입니다)</translation>
    </message>
    <message>
        <source>kind={kind!r} expects weight_hh_l0 of shape ({gates}*H, H) = ({rows}, {hidden}), found {shape}</source>
        <translation>kind={kind!r}이면 weight_hh_l0의 모양이 ({gates}*H, H) = ({rows}, {hidden})이어야 하는데 {shape}입니다</translation>
    </message>
    <message>
        <source>the layer-0 tensors disagree on the cell: {shown}; with hidden size {hidden} an LSTM expects {value} rows in each, a GRU {value2}, an RNN {hidden}: re-save the state_dict of one nn.LSTM, nn.GRU or nn.RNN</source>
        <translation>0번 층 텐서들이 셀에 대해 서로 맞지 않습니다: {shown}. 은닉 크기가 {hidden}이면 각 텐서의 행이 LSTM은 {value}, GRU는 {value2}, RNN은 {hidden}이어야 합니다. nn.LSTM, nn.GRU, nn.RNN 하나의 state_dict를 다시 저장하세요</translation>
    </message>
    <message>
        <source>{name} has shape {arr_shape}, but {others} make this {long} of hidden size {hidden}, which expects {name} of shape {expected}: the file is damaged or mixes two modules</source>
        <translation>{name}의 모양이 {arr_shape}인데, {others}에 따르면 은닉 크기 {hidden}의 {long}이므로 {name}의 모양은 {expected}여야 합니다. 파일이 손상되었거나 두 모듈이 섞여 있습니다</translation>
    </message>
    <message>
        <source>{where}{names} missing (found {names2}): expected both weight_ih and weight_hh of every layer</source>
        <translation>{where}{names} 없음({names2} 있음): 모든 층에 weight_ih와 weight_hh가 모두 있어야 합니다</translation>
    </message>
    <message>
        <source> (the other biases are there, so this is not a module saved with bias=False, whose biases are all absent)</source>
        <translation>(다른 편향은 있으므로, 편향이 모두 없는 bias=False로 저장한 모듈이 아닙니다)</translation>
    </message>
    <message>
        <source>{torch_name} is missing{extra}: the file is incomplete; re-save the full state_dict (no zeros are assumed)</source>
        <translation>{torch_name}이(가) 없습니다{extra}. 파일이 불완전합니다. 전체 state_dict를 다시 저장하세요(0으로 가정하지 않습니다)</translation>
    </message>
    <message>
        <source>{where}layers {layers} found: expected layers 0..{n_layers} with none missing</source>
        <translation>{where}층 {layers}이(가) 있습니다. 빠짐없이 0..{n_layers}층이 있어야 합니다</translation>
    </message>
    <message>
        <source>ambiguous {role}: {names} all have shape {shapes}; remove the extra arrays or save only the model&apos;s own state_dict</source>
        <translation>{role}이(가) 모호합니다: {names} 모두 모양이 {shapes}입니다. 남는 배열을 지우거나 모델 자체의 state_dict만 저장하세요</translation>
    </message>
    <message>
        <source>no recurrent module named {module!r} in the file; it holds: {names} ({listing})</source>
        <translation>파일에 {module!r}(이)라는 순환 모듈이 없습니다. 파일에 있는 것: {names} ({listing})</translation>
    </message>
    <message>
        <source>no recurrent weights found: expected keys like weight_ih_l0 and weight_hh_l0 (maybe under a prefix such as rnn.), or weight_ih and weight_hh of an nn.LSTMCell/GRUCell/RNNCell; found {value}</source>
        <translation>순환 가중치를 찾지 못했습니다. weight_ih_l0, weight_hh_l0 같은 키(rnn. 같은 접두사 아래일 수 있음)나 nn.LSTMCell/GRUCell/RNNCell의 weight_ih, weight_hh가 있어야 합니다. 찾은 것: {value}</translation>
    </message>
    <message>
        <source>{label} is a single cell (nn.LSTMCell/GRUCell/RNNCell): computed as a one-layer net over the sequence (h, c carried from step to step, the usual loop); a loop that changes h between steps is not seen</source>
        <translation>{label}은(는) 단일 셀(nn.LSTMCell/GRUCell/RNNCell)입니다: 시퀀스 위의 1층 신경망으로 계산합니다(흔한 루프처럼 h, c를 단계마다 넘김). 단계 사이에 h를 바꾸는 루프는 반영되지 않습니다</translation>
    </message>
    <message>
        <source>{label}.0..{last} are {n} cells: computed as a stack of layers, each cell&apos;s h feeding the next at every step (the usual loop); a loop that does something else between cells is not seen</source>
        <translation>{label}.0..{last}은(는) 셀 {n}개입니다: 층을 쌓은 것으로 계산합니다(흔한 루프처럼 단계마다 각 셀의 h가 다음 셀로 들어감). 셀 사이에서 다른 일을 하는 루프는 반영되지 않습니다</translation>
    </message>
    <message>
        <source>embedding {k} has shape {rest_shape} but {ih_key} has shape {w_ih_shape}, which takes inputs of width {width}: the embedding does not feed this network (a different module&apos;s, or a damaged file); save the matching pair</source>
        <translation>임베딩 {k}의 모양은 {rest_shape}인데 {ih_key}의 모양은 {w_ih_shape}라서 폭 {width}의 입력을 받습니다. 이 임베딩은 이 신경망에 들어가지 않습니다(다른 모듈의 것이거나 손상된 파일). 짝이 맞는 쌍을 저장하세요</translation>
    </message>
    <message>
        <source>{head} feeds further layers ({after}), which are not computed: no head is shown</source>
        <translation>{head} 뒤에 층이 더 있어({after}) 계산하지 않습니다: 헤드를 보여 주지 않습니다</translation>
    </message>
    <message>
        <source>head {head} is not named with {label}: assumed it reads {label}&apos;s output (its width {width} fits)</source>
        <translation>헤드 {head}의 이름이 {label}와(과) 묶여 있지 않습니다: {label}의 출력을 읽는다고 가정했습니다(폭 {width}이(가) 맞음)</translation>
    </message>
    <message>
        <source>; if they sit between the recurrent net and the head (a LayerNorm, a second Linear), the head&apos;s answers differ from the model&apos;s</source>
        <translation>; 이것들이 순환 신경망과 헤드 사이에 있다면(LayerNorm, 두 번째 Linear) 헤드의 답은 모델의 답과 다릅니다</translation>
    </message>
    <message>
        <source>not computed: {shown} (not part of the recurrent net, its embedding or its head){between}</source>
        <translation>계산하지 않음: {shown}(순환 신경망, 임베딩, 헤드의 일부가 아님){between}</translation>
    </message>
    <message>
        <source>not in the vocabulary</source>
        <translation>어휘 사전에 없음</translation>
    </message>
    <message>
        <source>not a number: fed as 0</source>
        <translation>숫자가 아님: 0으로 넣음</translation>
    </message>
    <message>
        <source>NaN: fed as 0</source>
        <translation>NaN: 0으로 넣음</translation>
    </message>
    <message>
        <source>infinite: fed as 0</source>
        <translation>무한대: 0으로 넣음</translation>
    </message>
    <message>
        <source>beyond float32&apos;s range (3.4e38): fed as 0</source>
        <translation>float32 범위(3.4e38)를 벗어남: 0으로 넣음</translation>
    </message>
    <message>
        <source>unknown tokenizer {kind!r}; expected one of {names}</source>
        <translation>알 수 없는 토크나이저 {kind!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>cannot open {ref}: {error}</source>
        <translation>{ref}을(를) 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>not run yet: this text would take {reason} ({steps:,} steps)</source>
        <translation>아직 실행하지 않았습니다. 이 텍스트는 {reason}이(가) 걸립니다({steps:,}단계)</translation>
    </message>
    <message>
        <source>could not run the model: {error}</source>
        <translation>모델을 실행할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>unknown sort {new!r}; expected {names}</source>
        <translation>알 수 없는 정렬 {new!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>no run yet: open a model and type some text</source>
        <translation>아직 실행 결과가 없습니다. 모델을 열고 텍스트를 입력하세요</translation>
    </message>
    <message>
        <source>unit {u} does not exist in this model</source>
        <translation>이 모델에는 유닛 {u}이(가) 없습니다</translation>
    </message>
    <message>
        <source>Type some text to see the model&apos;s answer.</source>
        <translation>텍스트를 입력하면 모델의 답이 보입니다.</translation>
    </message>
    <message>
        <source>This model has no readout head.</source>
        <translation>이 모델에는 출력 헤드가 없습니다.</translation>
    </message>
    <message>
        <source>This model gives no probabilities.</source>
        <translation>이 모델은 확률을 내지 않습니다.</translation>
    </message>
    <message>
        <source>cannot keep {steps} steps of this run</source>
        <translation>이 실행에서 {steps}단계를 남길 수 없습니다</translation>
    </message>
    <message>
        <source>sampled from softmax(logits / {t}), top {k}</source>
        <translation>softmax(logits / {t})에서 뽑음, 상위 {k}개</translation>
    </message>
    <message>
        <source>sampled from softmax(logits / {t})</source>
        <translation>softmax(logits / {t})에서 뽑음</translation>
    </message>
    <message>
        <source>generation stopped: the writing process failed: {error}</source>
        <translation>생성을 멈췄습니다: 쓰는 프로세스가 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>session not restored: {error}</source>
        <translation>세션을 복원하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>unknown cell kind {kind!r}; expected one of {names} (or &apos;rnn&apos;)</source>
        <translation>알 수 없는 셀 종류 {kind!r}. {names}(또는 &apos;rnn&apos;) 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>proj_size is only for LSTM, not {kind}</source>
        <translation>proj_size는 LSTM에만 쓰며 {kind}에는 쓰지 않습니다</translation>
    </message>
    <message>
        <source>gate_activation is for LSTM and GRU gates; a {kind} has no gates</source>
        <translation>gate_activation은 LSTM과 GRU 게이트용입니다. {kind}에는 게이트가 없습니다</translation>
    </message>
    <message>
        <source>reset_after=False is only for GRU, not {kind}</source>
        <translation>reset_after=False는 GRU에만 쓰며 {kind}에는 쓰지 않습니다</translation>
    </message>
    <message>
        <source>proj_size ({proj_size}) must be smaller than hidden_size ({hidden_size})</source>
        <translation>proj_size({proj_size})는 hidden_size({hidden_size})보다 작아야 합니다</translation>
    </message>
    <message>
        <source>unexpected parameter(s) {names} for a {value}</source>
        <translation>{value}에 맞지 않는 매개변수: {names}</translation>
    </message>
    <message>
        <source>missing parameter {name} {shape} for {value}</source>
        <translation>{value}에 필요한 매개변수 {name} {shape}이(가) 없습니다</translation>
    </message>
    <message>
        <source>no recurrent weights found: expected weight_ih_l0 and weight_hh_l0, found {found}</source>
        <translation>순환 가중치를 찾지 못했습니다. weight_ih_l0과 weight_hh_l0이 있어야 합니다. 찾은 것: {found}</translation>
    </message>
    <message>
        <source>weight_ih_l0 has shape {w_ih_shape}: a {kind} expects ({gates}*H, F)</source>
        <translation>weight_ih_l0의 모양이 {w_ih_shape}입니다. {kind}에는 ({gates}*H, F)여야 합니다</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n}개 층</translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>양방향</translation>
    </message>
    <message>
        <source>proj {n}</source>
        <translation>투영 {n}</translation>
    </message>
    <message>
        <source>reset before (reset_after=False)</source>
        <translation>리셋 먼저(reset_after=False)</translation>
    </message>
    <message>
        <source>input has shape {x_shape}: expected (T, F) or (T, B, F) with F = {input_size}</source>
        <translation>입력의 모양이 {x_shape}입니다. (T, F)나 (T, B, F)여야 합니다(F = {input_size})</translation>
    </message>
    <message>
        <source>input has width {x_shape} (shape {x_shape2}), expected {input_size}</source>
        <translation>입력의 폭이 {x_shape}입니다(모양 {x_shape2}). {input_size}여야 합니다</translation>
    </message>
    <message>
        <source>c0 is only for LSTM; a {kind} has no cell state</source>
        <translation>c0는 LSTM에만 씁니다. {kind}에는 셀 상태가 없습니다</translation>
    </message>
    <message>
        <source>layer {layer} direction {direction} does not exist: the network has {n_layers} layer(s) and {n_layers2} direction(s)</source>
        <translation>{layer}층 {direction}방향이 없습니다. 이 신경망은 {n_layers}개 층, {n_layers2}개 방향입니다</translation>
    </message>
    <message>
        <source>the sum of the top layer&apos;s output</source>
        <translation>맨 위 층 출력의 합</translation>
    </message>
    <message>
        <source>the model has no readout head</source>
        <translation>모델에 출력 헤드가 없음</translation>
    </message>
    <message>
        <source>the predicted value</source>
        <translation>예측값</translation>
    </message>
    <message>
        <source>the true next token</source>
        <translation>실제 다음 토큰</translation>
    </message>
    <message>
        <source>the model&apos;s top guess (the true next token is not in its vocabulary)</source>
        <translation>모델의 최상위 추측(실제 다음 토큰이 어휘 사전에 없음)</translation>
    </message>
    <message>
        <source>the model&apos;s top guess (the text ends here: nothing comes next)</source>
        <translation>모델의 최상위 추측(텍스트가 여기서 끝남: 다음에 오는 것이 없음)</translation>
    </message>
    <message>
        <source>the predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <source>{label} being {why}</source>
        <translation>{label}은(는) {why}</translation>
    </message>
    <message>
        <source>not {label}</source>
        <translation>{label} 아님</translation>
    </message>
    <message>
        <source>{label} being the predicted class</source>
        <translation>{label}은(는) 예측 클래스</translation>
    </message>
    <message>
        <source>gradient flow needs an unbatched run (one text), found a batch</source>
        <translation>기울기 흐름에는 배치가 아닌 실행(텍스트 하나)이 필요한데 배치가 있습니다</translation>
    </message>
    <message>
        <source>no steps: type some text to see the gradient flow</source>
        <translation>단계가 없습니다. 텍스트를 입력하면 기울기 흐름이 보입니다</translation>
    </message>
    <message>
        <source>step {target} does not exist: the run has {steps} step(s)</source>
        <translation>{target}단계가 없습니다. 이 실행은 {steps}단계입니다</translation>
    </message>
    <message>
        <source>the loss at step {target} is not finite (the weights or the run hold NaN or inf), so there is no gradient to show</source>
        <translation>{target}단계의 손실이 유한하지 않아(가중치나 실행에 NaN 또는 inf가 있음) 보여 줄 기울기가 없습니다</translation>
    </message>
    <message>
        <source>the gradient is not finite (NaN or inf in the weights or the run)</source>
        <translation>기울기가 유한하지 않습니다(가중치나 실행에 NaN 또는 inf가 있음)</translation>
    </message>
    <message>
        <source>no {name!r} gradient: only an LSTM has a cell state</source>
        <translation>{name!r} 기울기가 없습니다. 셀 상태는 LSTM에만 있습니다</translation>
    </message>
    <message>
        <source>span {start}..{end} does not fit a sequence of {length} token(s): expected 0 &lt;= start &lt; end &lt;= length</source>
        <translation>구간 {start}..{end}이(가) 토큰 {length}개인 시퀀스에 맞지 않습니다. 0 &lt;= start &lt; end &lt;= length여야 합니다</translation>
    </message>
    <message>
        <source>inside quotes</source>
        <translation>따옴표 안</translation>
    </message>
    <message>
        <source>inside parentheses</source>
        <translation>괄호 안</translation>
    </message>
    <message>
        <source>start of a word</source>
        <translation>단어의 시작</translation>
    </message>
    <message>
        <source>after a full stop</source>
        <translation>마침표 뒤</translation>
    </message>
    <message>
        <source>expected a Trace or a ModelRun, found {type}</source>
        <translation>Trace나 ModelRun이어야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>indicator has shape {y_shape}: expected one value per token ({steps},)</source>
        <translation>지표의 모양이 {y_shape}입니다. 토큰마다 값이 하나씩, ({steps},)여야 합니다</translation>
    </message>
    <message>
        <source>the trace holds a batch of {x_shape} sequences: expected one</source>
        <translation>트레이스에 시퀀스 {x_shape}개의 배치가 있습니다. 하나여야 합니다</translation>
    </message>
    <message>
        <source>{trace_kind} has no {names}; expected some of {names2}</source>
        <translation>{trace_kind}에는 {names}이(가) 없습니다. {names2} 중에서 골라야 합니다</translation>
    </message>
    <message>
        <source>no units to rank: the trace is empty</source>
        <translation>순위를 매길 유닛이 없습니다. 트레이스가 비어 있습니다</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <source>cannot intervene: {reason}</source>
        <translation>개입할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>could not apply the interventions: {error}</source>
        <translation>개입을 적용할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>could not compute the gradients: {error}</source>
        <translation>기울기를 계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>gates: {sigma} or tanh(W_i·x + W_h·h_prev + b)</source>
        <translation>게이트: {sigma} 또는 tanh(W_i·x + W_h·h_prev + b)</translation>
    </message>
    <message>
        <source>unit {unit}, step {step}, layer {layer} reverse; prev = {prev}</source>
        <translation>유닛 {unit}, 단계 {step}, 층 {layer} 역방향; prev = {prev}</translation>
    </message>
    <message>
        <source>unit {unit}, step {step}, layer {layer}; prev = {prev}</source>
        <translation>유닛 {unit}, 단계 {step}, 층 {layer}; prev = {prev}</translation>
    </message>
    <message>
        <source>{trace_kind} has no initial {name}</source>
        <translation>{trace_kind}에 초기 {name}이(가) 없습니다</translation>
    </message>
    <message>
        <source>step {k}</source>
        <translation>단계 {k}</translation>
    </message>
    <message>
        <source>the initial state</source>
        <translation>초기 상태</translation>
    </message>
    <message>
        <source>h has {n} units</source>
        <translation>h의 유닛은 {n}개</translation>
    </message>
    <message>
        <source>With proj_size = {proj}, h = W_hr·m mixes all {width} units&apos; m, so h is not per-unit ({shown}).</source>
        <translation>proj_size = {proj}이면 h = W_hr·m이 유닛 {width}개의 m을 모두 섞으므로 h는 유닛별 값이 아닙니다({shown}).</translation>
    </message>
    <message>
        <source>x: this layer&apos;s input; b_f = b_if + b_hf, etc.</source>
        <translation>x: 이 층의 입력; b_f = b_if + b_hf 등.</translation>
    </message>
    <message>
        <source>x: this layer&apos;s input; b_r = b_ir + b_hr, etc.</source>
        <translation>x: 이 층의 입력; b_r = b_ir + b_hr 등.</translation>
    </message>
    <message>
        <source>x: this layer&apos;s input; b = b_ih + b_hh.</source>
        <translation>x: 이 층의 입력; b = b_ih + b_hh.</translation>
    </message>
    <message>
        <source>unknown cell kind {kind!r}; expected one of {names}</source>
        <translation>알 수 없는 셀 종류 {kind!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>step {step} does not exist: the run has {steps} steps</source>
        <translation>{step}단계가 없습니다. 이 실행은 {steps}단계입니다</translation>
    </message>
    <message>
        <source>unit {unit} does not exist: the layer has {width} units</source>
        <translation>유닛 {unit}이(가) 없습니다. 이 층의 유닛은 {width}개입니다</translation>
    </message>
    <message>
        <source>engine: compiled (numba)</source>
        <translation>엔진: 컴파일됨(numba)</translation>
    </message>
    <message>
        <source>engine: NumPy</source>
        <translation>엔진: NumPy</translation>
    </message>
    <message>
        <source>{engine} ({reason})</source>
        <translation>{engine} ({reason})</translation>
    </message>
    <message>
        <source>the compiled engine runs float32 weights; this {dtype} network runs on NumPy</source>
        <translation>컴파일된 엔진은 float32 가중치만 실행합니다. 이 {dtype} 신경망은 NumPy로 실행합니다</translation>
    </message>
    <message>
        <source>the compiled engine failed to load ({error}); warm_up() picks NumPy instead</source>
        <translation>컴파일된 엔진을 불러오지 못했습니다({error}). warm_up()은 대신 NumPy를 고릅니다</translation>
    </message>
    <message>
        <source>its cache folder is not writable, so it compiles again</source>
        <translation>캐시 폴더에 쓸 수 없어 매번 다시 컴파일합니다</translation>
    </message>
    <message>
        <source>the compiled engine failed to load ({error}); NumPy runs</source>
        <translation>컴파일된 엔진을 불러오지 못했습니다({error}). NumPy로 실행합니다</translation>
    </message>
    <message>
        <source>unknown engine {choice!r} (from {value}); expected one of {names}</source>
        <translation>알 수 없는 엔진 {choice!r}({value}에서). {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>선택됨</translation>
    </message>
    <message>
        <source>numba is not installed; pip install gate-explorer[fast] to compile</source>
        <translation>numba가 설치되어 있지 않습니다. 컴파일하려면 pip install gate-explorer[fast]</translation>
    </message>
    <message>
        <source>Its data is not in this installation: {file} is missing (a source checkout has it).</source>
        <translation>이 설치에는 데이터가 없습니다: {file}이(가) 없습니다(소스 체크아웃에는 있습니다).</translation>
    </message>
    <message>
        <source>Its data could not be read: {error}</source>
        <translation>데이터를 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>unknown task {family!r}; expected one of {names}</source>
        <translation>알 수 없는 작업 {family!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>cell must be one of {names}, found {cell!r}</source>
        <translation>셀은 {names} 중 하나여야 하는데 {cell!r}입니다</translation>
    </message>
    <message>
        <source>{what} must be between 1 and {hi}, found {value}</source>
        <translation>{what}은(는) 1에서 {hi} 사이여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>{family} cannot be trained here. {reason}</source>
        <translation>{family}은(는) 여기서 학습할 수 없습니다. {reason}</translation>
    </message>
    <message>
        <source>--view seq2seq is for encoder-decoder models (e.g. seq2seq-lstm)</source>
        <translation>--view seq2seq는 인코더-디코더 모델용입니다 (예: seq2seq-lstm)</translation>
    </message>
    <message>
        <source>--view series is for numeric models with a regress head (e.g. sunspots-lstm)</source>
        <translation>--view series는 회귀 헤드가 있는 수치 모델용입니다 (예: sunspots-lstm)</translation>
    </message>
    <message>
        <source>{0}: predicted next value against the true next value</source>
        <translation>{0}: 예측한 다음 값과 실제 다음 값</translation>
    </message>
    <message>
        <source>true next value</source>
        <translation>실제 다음 값</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>next = last</source>
        <translation>다음 = 마지막</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>Over the {0} steps with a known next value: RMSE {1:.4g} against {2:.4g} for next = last (ratio {3:.2f}); MAE {4:.4g} against {5:.4g}. Step {6}: predicted {7:.4g}, true next {8:.4g}.</source>
        <translation>다음 값을 아는 {0}개 스텝에서: RMSE {1:.4g}, 다음 = 마지막은 {2:.4g} (비율 {3:.2f}); MAE {4:.4g}, 다음 = 마지막은 {5:.4g}. 스텝 {6}: 예측 {7:.4g}, 실제 다음 값 {8:.4g}.</translation>
    </message>
    <message>
        <source>module {module!r}: expected ENCODER{pair}DECODER, two of the file&apos;s recurrent modules ({names})</source>
        <translation>모듈 {module!r}: 파일의 순환 모듈({names}) 두 개로 ENCODER{pair}DECODER 형식이어야 합니다</translation>
    </message>
    <message>
        <source>both, as an encoder-decoder: {a}&apos;s final state starts {b}</source>
        <translation>둘 다, 인코더-디코더로: {a}의 마지막 상태가 {b}를 시작합니다</translation>
    </message>
    <message>
        <source>{file}: {dec_label} has no output layer (a Linear from its hidden state to the target vocabulary), so it cannot write an answer</source>
        <translation>{file}: {dec_label}에 출력 층(은닉 상태에서 목표 어휘로 가는 Linear)이 없어 답을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{file}: the decoder&apos;s output layer has {rows} row(s)</source>
        <translation>{file}: 디코더의 출력 층은 {rows}행입니다</translation>
    </message>
    <message>
        <source>read as an encoder-decoder: {enc}&apos;s final (h, c) starts {dec}, which reads its previous answer at every step</source>
        <translation>인코더-디코더로 읽었습니다: {enc}의 마지막 (h, c)가 {dec}를 시작하고, 그 디코더는 매 스텝 자신의 이전 답을 읽습니다</translation>
    </message>
    <message>
        <source>{how} ({why})</source>
        <translation>{how}({why})</translation>
    </message>
    <message>
        <source>the file has no target vocabulary: the decoder&apos;s tokens are named by id, id 0 read as &lt;s&gt; (start) and id 1 as &lt;/s&gt; (end), as in PyTorch&apos;s seq2seq tutorial (SOS_token = 0, EOS_token = 1)</source>
        <translation>파일에 출력 어휘가 없습니다: 디코더의 토큰은 id로 이름을 붙였고, PyTorch seq2seq 튜토리얼처럼 (SOS_token = 0, EOS_token = 1) id 0은 &lt;s&gt; (시작), id 1은 &lt;/s&gt; (끝)로 읽었습니다</translation>
    </message>
    <message>
        <source>{where}: an encoder-decoder is read with sigmoid gates and a tanh (or relu) activation; this layer has {cfg} and {cfg2}</source>
        <translation>{where}: 인코더-디코더는 sigmoid 게이트와 tanh(또는 relu) 활성화 함수로 읽는데, 이 층은 {cfg}와(과) {cfg2}입니다</translation>
    </message>
    <message>
        <source>{where}: go_backwards/stateful layers are not read here</source>
        <translation>{where}: go_backwards/stateful 층은 여기서 읽지 않습니다</translation>
    </message>
    <message>
        <source>{file}: {below_name} masks id 0 (mask_zero=True), which this app does not compute: save the model without masking to open it</source>
        <translation>{file}: {below_name}이(가) id 0을 마스킹합니다(mask_zero=True). 이 앱은 이를 계산하지 않으니 마스킹 없이 모델을 저장해서 여세요</translation>
    </message>
    <message>
        <source>{file}: {dec_name} feeds no single Dense layer, so it cannot write an answer</source>
        <translation>{file}: {dec_name}이(가) Dense 층 하나로 이어지지 않아 답을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{file}: {head_name} applies {activation!r}; expected softmax, sigmoid or linear</source>
        <translation>{file}: {head_name}이(가) {activation!r}을(를) 적용합니다. softmax, sigmoid, linear여야 합니다</translation>
    </message>
    <message>
        <source>unknown stack {stack!r}; expected encoder or decoder</source>
        <translation>알 수 없는 스택 {stack!r}. encoder나 decoder여야 합니다</translation>
    </message>
    <message>
        <source>the target holds {tokens}, which the decoder cannot write (not in its vocabulary)</source>
        <translation>목표에 디코더가 쓸 수 없는 {tokens}이(가) 있습니다 (어휘에 없음)</translation>
    </message>
    <message>
        <source>Encoder, last step: its state is handed to the decoder, which answers from the next step on.</source>
        <translation>인코더의 마지막 스텝: 이 상태가 디코더에 넘겨지고, 디코더는 다음 스텝부터 답합니다.</translation>
    </message>
    <message>
        <source>Encoder step {n} of {total}: the encoder reads the source; the decoder answers after the boundary.</source>
        <translation>인코더 스텝 {n}/{total}: 인코더가 입력을 읽습니다. 디코더는 경계 뒤에서 답합니다.</translation>
    </message>
    <message>
        <source>only unbatched one-way traces can be joined</source>
        <translation>배치가 아닌 단방향 트레이스만 이을 수 있습니다</translation>
    </message>
    <message>
        <source>the encoder and decoder traces are of different cells</source>
        <translation>인코더와 디코더 트레이스의 셀이 다릅니다</translation>
    </message>
    <message>
        <source>unknown stack {name!r}; expected encoder or decoder</source>
        <translation>알 수 없는 스택 {name!r}. encoder나 decoder여야 합니다</translation>
    </message>
    <message>
        <source>the encoder has no answer to take a loss at: choose a decoder step (from step {first})</source>
        <translation>인코더에는 손실을 잡을 답이 없습니다: 디코더 스텝을 고르세요 (스텝 {first}부터)</translation>
    </message>
    <message>
        <source>the loss is not finite, so there is no gradient to show</source>
        <translation>손실이 유한하지 않아 보여 줄 기울기가 없습니다</translation>
    </message>
    <message>
        <source>at step {n} (decoder step {k})</source>
        <translation>스텝 {n} (디코더 스텝 {k})에서</translation>
    </message>
    <message>
        <source>no derivative known for gate activation {activation!r}</source>
        <translation>게이트 활성화 함수 {activation!r}의 도함수를 모릅니다</translation>
    </message>
    <message>
        <source>the step Jacobian needs a one-way network: a bidirectional layer&apos;s reverse direction runs from the end, so there is no single step map s_(t-1) -&gt; s_t</source>
        <translation>단계 야코비안에는 단방향 신경망이 필요합니다. 양방향 층의 역방향은 끝에서부터 실행되므로 단계 사상 s_(t-1) -&gt; s_t가 하나로 정해지지 않습니다</translation>
    </message>
    <message>
        <source>the step Jacobian needs an unbatched run (one text)</source>
        <translation>단계 야코비안에는 배치가 아닌 실행(텍스트 하나)이 필요합니다</translation>
    </message>
    <message>
        <source>only an LSTM has forget gates; this is a {trace_kind}</source>
        <translation>망각 게이트는 LSTM에만 있습니다. 이것은 {trace_kind}입니다</translation>
    </message>
    <message>
        <source>step {end} does not exist: the run has {steps} step(s)</source>
        <translation>{end}단계가 없습니다. 이 실행은 {steps}단계입니다</translation>
    </message>
    <message>
        <source>no output file given: expected a path such as out.png</source>
        <translation>출력 파일이 주어지지 않았습니다. out.png 같은 경로가 필요합니다</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a symbolic link to {readlink}, which does not exist; expected a file or a link to one</source>
        <translation>{target}에 쓸 수 없습니다: 존재하지 않는 {readlink}을(를) 가리키는 심볼릭 링크입니다. 파일이나 파일을 가리키는 링크여야 합니다</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder, expected a file name</source>
        <translation>{target}에 쓸 수 없습니다: 폴더입니다. 파일 이름이어야 합니다</translation>
    </message>
    <message>
        <source>cannot write {target}: {folder} is a file, not a folder</source>
        <translation>{target}에 쓸 수 없습니다: {folder}은(는) 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>cannot write {target}: folder {folder} does not exist</source>
        <translation>{target}에 쓸 수 없습니다: 폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot write {target}: folder {folder} is not writable</source>
        <translation>{target}에 쓸 수 없습니다: 폴더 {folder}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{target} already exists; not overwriting it</source>
        <translation>{target}이(가) 이미 있습니다. 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <source>cannot write {target}: {value}</source>
        <translation>{target}에 쓸 수 없습니다: {value}</translation>
    </message>
    <message>
        <source>writing {target} produced no data</source>
        <translation>{target}에 썼지만 데이터가 없습니다</translation>
    </message>
    <message>
        <source>unknown gate activation {name!r}; expected one of {names}</source>
        <translation>알 수 없는 게이트 활성화 함수 {name!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>unknown gate activation {name!r}</source>
        <translation>알 수 없는 게이트 활성화 함수 {name!r}</translation>
    </message>
    <message>
        <source>apply_inplace is for the hard sigmoids, not {name!r}</source>
        <translation>apply_inplace는 hard sigmoid용이며 {name!r}에는 쓰지 않습니다</translation>
    </message>
    <message>
        <source>no state gradient {name!r}: expected &apos;h&apos; (or &apos;c&apos;, LSTM)</source>
        <translation>상태 기울기 {name!r}이(가) 없습니다. &apos;h&apos;(LSTM은 &apos;c&apos;도)여야 합니다</translation>
    </message>
    <message>
        <source>the trace is from a {trace_kind} with {num_layers} layer(s), but this network is a {net}</source>
        <translation>트레이스는 {num_layers}개 층의 {trace_kind}에서 나왔는데 이 신경망은 {net}입니다</translation>
    </message>
    <message>
        <source>the trace does not come from this network ({net})</source>
        <translation>트레이스가 이 신경망({net})에서 나오지 않았습니다</translation>
    </message>
    <message>
        <source>d_c_n is only for LSTM; a {cfg_kind} has no cell state</source>
        <translation>d_c_n은 LSTM에만 씁니다. {cfg_kind}에는 셀 상태가 없습니다</translation>
    </message>
    <message>
        <source>{name} has {what} value(s), the first at index {first}</source>
        <translation>{name}에 {what} 값이 있습니다. 첫 값의 인덱스는 {first}입니다</translation>
    </message>
    <message>
        <source>{name} has shape {arr_shape}, expected {expected}</source>
        <translation>{name}의 모양이 {arr_shape}입니다. {expected}여야 합니다</translation>
    </message>
    <message>
        <source>about {size} of memory (limit {limit})</source>
        <translation>메모리 약 {size}(한도 {limit})</translation>
    </message>
    <message>
        <source>about {duration} (limit {limit:g} s)</source>
        <translation>약 {duration}(한도 {limit:g}초)</translation>
    </message>
    <message>
        <source>{memory} and {time}</source>
        <translation>{memory}, {time}</translation>
    </message>
    <message>
        <source>a {config_kind} with {layers}{hidden_size} units needs {size} for its weights alone; the limit is {size2}</source>
        <translation>유닛 {layers}{hidden_size}개인 {config_kind}은(는) 가중치만으로 {size}이(가) 필요합니다. 한도는 {size2}입니다</translation>
    </message>
    <message>
        <source>{what} would take {reason} ({steps:,} steps): shorten the text</source>
        <translation>{what}에 {reason}이(가) 걸립니다({steps:,}단계). 텍스트를 줄이세요</translation>
    </message>
    <message>
        <source>{n:.0f} bytes</source>
        <translation>{n:.0f}바이트</translation>
    </message>
    <message>
        <source>{n:.1f} s</source>
        <translation>{n:.1f}초</translation>
    </message>
    <message>
        <source>{n:.0f} min</source>
        <translation>{n:.0f}분</translation>
    </message>
    <message>
        <source>{n:,.1f} h</source>
        <translation>{n:,.1f}시간</translation>
    </message>
    <message>
        <source>temperature must be a number in (0, {max_temperature:g}], got {t!r}</source>
        <translation>온도는 (0, {max_temperature:g}] 범위의 수여야 하는데 {t!r}입니다</translation>
    </message>
    <message>
        <source>top-k must be a whole number &gt;= 0, got {top_k!r}</source>
        <translation>top-k는 0 이상의 정수여야 하는데 {top_k!r}입니다</translation>
    </message>
    <message>
        <source>{model_name} cannot write text: generation needs a next-token head (a language model), this model has {head_kind}</source>
        <translation>{model_name}은(는) 텍스트를 쓸 수 없습니다. 생성에는 다음 토큰 헤드(언어 모델)가 필요한데, 이 모델의 헤드는 {head_kind}입니다</translation>
    </message>
    <message>
        <source>{model_name} is bidirectional: its reverse direction reads the future, so it cannot continue a text one token at a time</source>
        <translation>{model_name}은(는) 양방향입니다. 역방향이 미래를 읽으므로 텍스트를 한 토큰씩 이어 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{model_name} reads numbers, not tokens: it cannot write text</source>
        <translation>{model_name}은(는) 토큰이 아니라 숫자를 읽습니다. 텍스트를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{model_name} has only special tokens in its vocabulary</source>
        <translation>{model_name}의 어휘 사전에는 특수 토큰만 있습니다</translation>
    </message>
    <message>
        <source>type a prompt first: generation continues a text</source>
        <translation>먼저 프롬프트를 입력하세요. 생성은 텍스트를 이어 씁니다</translation>
    </message>
    <message>
        <source>only unbatched one-directional traces can be extended</source>
        <translation>배치가 아닌 단방향 트레이스만 늘릴 수 있습니다</translation>
    </message>
    <message>
        <source>only unbatched one-directional traces can be cut</source>
        <translation>배치가 아닌 단방향 트레이스만 자를 수 있습니다</translation>
    </message>
    <message>
        <source>cannot keep {steps} of {steps2} steps</source>
        <translation>{steps2}단계 중 {steps}단계를 남길 수 없습니다</translation>
    </message>
    <message>
        <source>not an intervention: {d!r}; expected layer, direction, step, name, unit, value</source>
        <translation>개입이 아닙니다: {d!r}. layer, direction, step, name, unit, value가 있어야 합니다</translation>
    </message>
    <message>
        <source>intervention value {iv_value} is not a finite number</source>
        <translation>개입 값 {iv_value}이(가) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>{net_kind} has no {iv_name!r} to clamp; its gates and states are {names}</source>
        <translation>{net_kind}에는 고정할 {iv_name!r}이(가) 없습니다. 게이트와 상태는 {names}입니다</translation>
    </message>
    <message>
        <source>layer {layer} does not exist: the network has {num_layers} layer(s)</source>
        <translation>{layer}층이 없습니다. 이 신경망은 {num_layers}개 층입니다</translation>
    </message>
    <message>
        <source>direction {direction} does not exist: the network has {num_directions} direction(s)</source>
        <translation>{direction}방향이 없습니다. 이 신경망은 {num_directions}개 방향입니다</translation>
    </message>
    <message>
        <source>step {step} is outside the run: it has {steps} step(s), 0 to {steps2}</source>
        <translation>{step}단계는 실행 범위 밖입니다. 이 실행은 {steps}단계(0부터 {steps2}까지)입니다</translation>
    </message>
    <message>
        <source>unit {unit} does not exist: {iv_name} has {width} units (0 to {width2})</source>
        <translation>유닛 {unit}이(가) 없습니다. {iv_name}의 유닛은 {width}개입니다(0부터 {width2}까지)</translation>
    </message>
    <message>
        <source>the trace is of a {num_layers}-layer {trace_kind}, the network a {net}: intervene with the network that made the trace</source>
        <translation>트레이스는 {num_layers}층 {trace_kind}의 것이고 신경망은 {net}입니다. 트레이스를 만든 신경망으로 개입하세요</translation>
    </message>
    <message>
        <source>an encoder-decoder here has one-way stacks</source>
        <translation>여기서 인코더-디코더는 단방향 스택이어야 합니다</translation>
    </message>
    <message>
        <source>the encoder ({net}) and decoder ({net2}) must have the same cell, layers and sizes for the state to be handed over</source>
        <translation>상태를 넘겨주려면 인코더({net})와 디코더({net2})의 셀, 층, 크기가 같아야 합니다</translation>
    </message>
    <message>
        <source>the decoder needs a next-token head</source>
        <translation>디코더에는 다음 토큰 헤드가 필요합니다</translation>
    </message>
    <message>
        <source>the decoder&apos;s vocabulary has no {special!r} token</source>
        <translation>디코더의 어휘 사전에 {special!r} 토큰이 없습니다</translation>
    </message>
    <message>
        <source>the target holds {names}, which the decoder cannot write (not in its vocabulary)</source>
        <translation>목표에 디코더가 쓸 수 없는 {names}이(가) 있습니다(어휘 사전에 없음)</translation>
    </message>
    <message>
        <source>nothing to animate: the text has no steps</source>
        <translation>애니메이션으로 만들 것이 없습니다. 텍스트에 단계가 없습니다</translation>
    </message>
    <message>
        <source>frames per second must be positive, got {fps}</source>
        <translation>초당 프레임 수는 양수여야 하는데 {fps}입니다</translation>
    </message>
    <message>
        <source>MP4 export needs imageio-ffmpeg: pip install &apos;gate-explorer[video]&apos; (or use GIF)</source>
        <translation>MP4로 내보내려면 imageio-ffmpeg가 필요합니다: pip install &apos;gate-explorer[video]&apos;(또는 GIF를 쓰세요)</translation>
    </message>
    <message>
        <source>unit {spec!r}: expected UNIT, NAME:UNIT or LAYER:NAME:UNIT[:DIRECTION], e.g. 1:h:92</source>
        <translation>유닛 {spec!r}: UNIT, NAME:UNIT, LAYER:NAME:UNIT[:DIRECTION] 형식이어야 합니다(예: 1:h:92)</translation>
    </message>
    <message>
        <source>--range {spec!r}: expected A:B with 0 &lt;= A &lt; B &lt;= {steps} (the run&apos;s steps)</source>
        <translation>--range {spec!r}: 0 &lt;= A &lt; B &lt;= {steps}(실행의 단계 수)인 A:B여야 합니다</translation>
    </message>
    <message>
        <source>{unit}: a {trace_kind} has {names}, not {unit_name!r}</source>
        <translation>{unit}: {trace_kind}에는 {names}이(가) 있고 {unit_name!r}은(는) 없습니다</translation>
    </message>
    <message>
        <source>{unit}: the model has {num_layers} layer(s) and {num_directions} direction(s)</source>
        <translation>{unit}: 이 모델은 {num_layers}개 층, {num_directions}개 방향입니다</translation>
    </message>
    <message>
        <source>{unit}: the layer has {values_shape} units</source>
        <translation>{unit}: 이 층의 유닛은 {values_shape}개입니다</translation>
    </message>
    <message>
        <source>choose at least one unit to shade the text by</source>
        <translation>텍스트를 칠할 유닛을 하나 이상 고르세요</translation>
    </message>
    <message>
        <source>{n_units} units: the text view shows up to {max_units}</source>
        <translation>유닛 {n_units}개: 텍스트 뷰는 최대 {max_units}개까지 보여 줍니다</translation>
    </message>
    <message>
        <source>{stop:,} tokens: an HTML text view holds up to {max_tokens:,}; choose a range with --range A:B</source>
        <translation>토큰 {stop:,}개: HTML 텍스트 뷰에는 최대 {max_tokens:,}개까지 들어갑니다. --range A:B로 범위를 고르세요</translation>
    </message>
    <message>
        <source>Qt could not encode the image as {fmt}</source>
        <translation>Qt가 이미지를 {fmt}(으)로 인코딩하지 못했습니다</translation>
    </message>
    <message>
        <source>Qt could not start an SVG document</source>
        <translation>Qt가 SVG 문서를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>Qt could not start a PDF document</source>
        <translation>Qt가 PDF 문서를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>Qt did not finish the PDF document (no %%EOF at its end)</source>
        <translation>Qt가 PDF 문서를 끝내지 못했습니다(끝에 %%EOF가 없음)</translation>
    </message>
    <message>
        <source>cannot write {path_name}: the PDF on disk is incomplete (no %%EOF)</source>
        <translation>{path_name}에 쓸 수 없습니다: 디스크의 PDF가 불완전합니다(%%EOF 없음)</translation>
    </message>
    <message>
        <source>no clipboard available</source>
        <translation>클립보드를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unknown image format {fmt!r}; expected one of {names}</source>
        <translation>알 수 없는 이미지 형식 {fmt!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>nothing to export: the view has no size</source>
        <translation>내보낼 것이 없습니다. 뷰의 크기가 0입니다</translation>
    </message>
    <message>
        <source>scale must be positive, got {scale}</source>
        <translation>배율은 양수여야 하는데 {scale}입니다</translation>
    </message>
    <message>
        <source>the model card must be JSON (numbers, text, lists, dicts): {error}</source>
        <translation>모델 카드는 JSON(숫자, 텍스트, 목록, 사전)이어야 합니다: {error}</translation>
    </message>
    <message>
        <source>{file} is not a valid Gate Explorer bundle: {what}</source>
        <translation>{file}은(는) 올바른 Gate Explorer 번들이 아닙니다: {what}</translation>
    </message>
    <message>
        <source>entry {key!r} cannot be read (corrupt or truncated file: {exc})</source>
        <translation>항목 {key!r}을(를) 읽을 수 없습니다(손상되었거나 잘린 파일: {exc})</translation>
    </message>
    <message>
        <source>the metadata has no {key!r} field</source>
        <translation>메타데이터에 {key!r} 필드가 없습니다</translation>
    </message>
    <message>
        <source>metadata field {key!r} should be {names}, found {value!r}</source>
        <translation>메타데이터 필드 {key!r}은(는) {names}이어야 하는데 {value!r}입니다</translation>
    </message>
    <message>
        <source>{meta_key} should be uint8 bytes, found {raw_dtype} {raw_shape}</source>
        <translation>{meta_key}은(는) uint8 바이트여야 하는데 {raw_dtype} {raw_shape}입니다</translation>
    </message>
    <message>
        <source>{meta_key} is not valid JSON ({exc})</source>
        <translation>{meta_key}이(가) 올바른 JSON이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{meta_key} should be a JSON object, found {type}</source>
        <translation>{meta_key}은(는) JSON 객체여야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>format is {meta!r}, expected {value!r}</source>
        <translation>형식이 {meta!r}입니다. {value!r}이어야 합니다</translation>
    </message>
    <message>
        <source>format version is {version!r}, expected a positive integer</source>
        <translation>형식 버전이 {version!r}입니다. 양의 정수여야 합니다</translation>
    </message>
    <message>
        <source>{file} is a version {version} bundle, written by a newer Gate Explorer; this one reads versions up to {version2}: please upgrade</source>
        <translation>{file}은(는) 더 새로운 Gate Explorer가 쓴 버전 {version} 번들입니다. 이 버전은 {version2}까지 읽습니다. 업그레이드하세요</translation>
    </message>
    <message>
        <source>no {meta_key} entry</source>
        <translation>{meta_key} 항목이 없습니다</translation>
    </message>
    <message>
        <source>not a readable .npz archive (corrupt or truncated: {exc})</source>
        <translation>읽을 수 있는 .npz 아카이브가 아닙니다(손상되었거나 잘림: {exc})</translation>
    </message>
    <message>
        <source>a single .npy array, expected a .npz archive</source>
        <translation>.npy 배열 하나입니다. .npz 아카이브여야 합니다</translation>
    </message>
    <message>
        <source>bundle {path} is {what}: expected a .npz file</source>
        <translation>번들 {path}은(는) {what}입니다. .npz 파일이어야 합니다</translation>
    </message>
    <message>
        <source>no {meta_key} entry (found {shown})</source>
        <translation>{meta_key} 항목이 없습니다({shown} 있음)</translation>
    </message>
    <message>
        <source>unexpected entries {names}</source>
        <translation>예상하지 못한 항목: {names}</translation>
    </message>
    <message>
        <source>config gate_activation should be text and reset_after true/false, found {gate_activation!r} and {reset_after!r}</source>
        <translation>config의 gate_activation은 텍스트, reset_after는 true/false여야 하는데 {gate_activation!r}, {reset_after!r}입니다</translation>
    </message>
    <message>
        <source>config {key} is {value!r} but the weights give {found!r}</source>
        <translation>config {key}은(는) {value!r}인데 가중치로는 {found!r}입니다</translation>
    </message>
    <message>
        <source>tokenizer {tok_kind!r}, expected one of {names}</source>
        <translation>토크나이저 {tok_kind!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>vocab should be a list of strings</source>
        <translation>vocab은 문자열 목록이어야 합니다</translation>
    </message>
    <message>
        <source>vocab lists {dup!r} twice</source>
        <translation>vocab에 {dup!r}이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <source>head arrays present but the metadata has no head</source>
        <translation>헤드 배열은 있는데 메타데이터에 헤드가 없습니다</translation>
    </message>
    <message>
        <source>card should be a JSON object, found {type}</source>
        <translation>card는 JSON 객체여야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>embedding mode {mode!r}, expected one of {names}</source>
        <translation>임베딩 방식 {mode!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>a numeric embedding feeds 1 input, but the net takes {width}</source>
        <translation>수치 임베딩은 입력 1개를 넣는데 신경망은 {width}개를 받습니다</translation>
    </message>
    <message>
        <source>numeric scaling needs finite offset and non-zero scale, found offset {offset!r}, scale {scale!r}</source>
        <translation>수치 스케일링에는 유한한 offset과 0이 아닌 scale이 필요한데 offset {offset!r}, scale {scale!r}입니다</translation>
    </message>
    <message>
        <source>one-hot embedding of {n_vocab} tokens, but the net&apos;s input width is {width}</source>
        <translation>토큰 {n_vocab}개의 원-핫 임베딩인데 신경망의 입력 폭은 {width}입니다</translation>
    </message>
    <message>
        <source>embedding mode is &apos;learned&apos; but there is no embedding/weight entry</source>
        <translation>임베딩 방식이 &apos;learned&apos;인데 embedding/weight 항목이 없습니다</translation>
    </message>
    <message>
        <source>embedding/weight has shape {weight_shape}, expected {expected}</source>
        <translation>embedding/weight의 모양이 {weight_shape}입니다. {expected}여야 합니다</translation>
    </message>
    <message>
        <source>head should name a kind among {names}, found {meta!r}</source>
        <translation>head는 {names} 중 하나의 종류를 밝혀야 하는데 {meta!r}입니다</translation>
    </message>
    <message>
        <source>the metadata has a head but there is no {key} entry</source>
        <translation>메타데이터에 헤드가 있는데 {key} 항목이 없습니다</translation>
    </message>
    <message>
        <source>head/weight has shape {weight_shape}, expected (C, {d_out})</source>
        <translation>head/weight의 모양이 {weight_shape}입니다. (C, {d_out})이어야 합니다</translation>
    </message>
    <message>
        <source>head/bias has shape {bias_shape}, expected ({classes},)</source>
        <translation>head/bias의 모양이 {bias_shape}입니다. ({classes},)이어야 합니다</translation>
    </message>
    <message>
        <source>head has {n_labels} labels for {classes} outputs</source>
        <translation>헤드의 출력은 {classes}개인데 레이블은 {n_labels}개입니다</translation>
    </message>
    <message>
        <source>a next-token head has {classes} outputs for {vocab_size} tokens</source>
        <translation>다음 토큰 헤드의 출력은 {classes}개인데 토큰은 {vocab_size}개입니다</translation>
    </message>
    <message>
        <source>head activation should be one of {known}, found {activation!r}</source>
        <translation>헤드 활성화 함수는 {known} 중 하나여야 하는데 {activation!r}입니다</translation>
    </message>
    <message>
        <source>{file}: a safetensors header of {size:,} bytes</source>
        <translation>{file}: {size:,}바이트짜리 safetensors 헤더</translation>
    </message>
    <message>
        <source>{file} holds more than {max_nodes:,} values</source>
        <translation>{file}에 값이 {max_nodes:,}개보다 많습니다</translation>
    </message>
    <message>
        <source>NaN or inf in {names}</source>
        <translation>{names}에 NaN 또는 inf가 있습니다</translation>
    </message>
    <message>
        <source>{file} is not a readable HDF5 file (corrupt or truncated: {exc})</source>
        <translation>{file}은(는) 읽을 수 있는 HDF5 파일이 아닙니다(손상되었거나 잘림: {exc})</translation>
    </message>
    <message>
        <source>{file} has no layer_names attribute: not a Keras weights file</source>
        <translation>{file}에 layer_names 속성이 없습니다. Keras 가중치 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file} was written by Keras {version}, whose per-gate weights (lstm_1_W_i ...) are not read; load it into Keras 2 (which converts them) and save it again</source>
        <translation>{file}은(는) Keras {version}이(가) 쓴 파일이라 게이트별 가중치(lstm_1_W_i ...)를 읽지 않습니다. Keras 2로 불러와(변환됩니다) 다시 저장하세요</translation>
    </message>
    <message>
        <source>{file}: model_config is not valid JSON ({exc})</source>
        <translation>{file}: model_config이(가) 올바른 JSON이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{file}: layer {name!r} is listed but missing</source>
        <translation>{file}: 층 {name!r}이(가) 목록에는 있지만 없습니다</translation>
    </message>
    <message>
        <source>{file}: weight {wname!r} of layer {name!r} is missing</source>
        <translation>{file}: 층 {name!r}의 가중치 {wname!r}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{file} cannot be read (corrupt or truncated HDF5: {type}: {error})</source>
        <translation>{file}을(를) 읽을 수 없습니다(손상되었거나 잘린 HDF5: {type}: {error})</translation>
    </message>
    <message>
        <source>{file}: layer {own!r} is a ConvLSTM layer (group layers/{key}), whose gates are convolutions over an image; Gate Explorer reads LSTM, GRU and SimpleRNN layers only</source>
        <translation>{file}: 층 {own!r}은(는) ConvLSTM 층(그룹 layers/{key})으로, 게이트가 이미지에 대한 합성곱입니다. Gate Explorer는 LSTM, GRU, SimpleRNN 층만 읽습니다</translation>
    </message>
    <message>
        <source>{file} has no &apos;layers&apos; group: not a Keras 3 .weights.h5 file</source>
        <translation>{file}에 &apos;layers&apos; 그룹이 없습니다. Keras 3 .weights.h5 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file}: the archive has no {name} (found {found}); expected a Keras 3 .keras file</source>
        <translation>{file}: 아카이브에 {name}이(가) 없습니다({found} 있음). Keras 3 .keras 파일이어야 합니다</translation>
    </message>
    <message>
        <source>{file}: {name} declares {file_size} bytes, over the limit of {limit}: not read</source>
        <translation>{file}: {name}이(가) {file_size}바이트를 선언해 한도 {limit}를 넘습니다. 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{file} is not a zip archive ({exc}): a .keras file is one</source>
        <translation>{file}은(는) zip 아카이브가 아닙니다({exc}). .keras 파일은 zip 아카이브입니다</translation>
    </message>
    <message>
        <source>{file} keeps its weights as model.weights.npz, which is not read; save with model.save(&apos;x.keras&apos;) (the default h5 weights)</source>
        <translation>{file}은(는) 가중치를 model.weights.npz로 담고 있어 읽지 않습니다. model.save(&apos;x.keras&apos;)로 저장하세요(기본 h5 가중치)</translation>
    </message>
    <message>
        <source>{file}: config.json is not valid JSON ({exc})</source>
        <translation>{file}: config.json이 올바른 JSON이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{file}: config.json describes a {value} without a list of layers (a subclassed model); build it as a Sequential or functional model to open it</source>
        <translation>{file}: config.json이 층 목록 없는 {value}을(를) 설명합니다(서브클래스 모델). 열려면 Sequential이나 함수형 모델로 만드세요</translation>
    </message>
    <message>
        <source>{file} cannot be read (corrupt or truncated: {why})</source>
        <translation>{file}을(를) 읽을 수 없습니다(손상되었거나 잘림: {why})</translation>
    </message>
    <message>
        <source>{file} is not a zip archive ({exc})</source>
        <translation>{file}은(는) zip 아카이브가 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{file}: {where} declares shape {shape}, larger than any layer Gate Explorer can show (at most {max_dim} per axis): not read</source>
        <translation>{file}: {where}이(가) 모양 {shape}을(를) 선언합니다. Gate Explorer가 보여 줄 수 있는 어떤 층보다 큽니다(축마다 최대 {max_dim}). 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{file}: {where} holds {ds_dtype} values, expected numbers</source>
        <translation>{file}: {where}에 {ds_dtype} 값이 있습니다. 숫자여야 합니다</translation>
    </message>
    <message>
        <source>{file}: {where} declares {shape} ({nbytes:.0f} MiB), over the limit of {max_bytes} GiB for a weights file: not read</source>
        <translation>{file}: {where}이(가) {shape}({nbytes:.0f} MiB)을(를) 선언해 가중치 파일 한도 {max_bytes} GiB를 넘습니다. 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{file}: {where} declares {shape} ({nbytes} bytes) but the file stores only {stored} bytes of it (truncated or forged): not read</source>
        <translation>{file}: {where}이(가) {shape}({nbytes}바이트)을(를) 선언하지만 파일에는 {stored}바이트만 있습니다(잘렸거나 위조됨). 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{file}: layer {layer_name!r} is {what}, whose gates are convolutions over an image; Gate Explorer reads LSTM, GRU and SimpleRNN layers only</source>
        <translation>{file}: 층 {layer_name!r}은(는) {what}(으)로, 게이트가 이미지에 대한 합성곱입니다. Gate Explorer는 LSTM, GRU, SimpleRNN 층만 읽습니다</translation>
    </message>
    <message>
        <source>{where}: expected kernel and recurrent_kernel arrays, found {names}</source>
        <translation>{where}: kernel과 recurrent_kernel 배열이 있어야 하는데 {names}이(가) 있습니다</translation>
    </message>
    <message>
        <source>{where}: kernel {kernel_shape} and recurrent_kernel {rec_shape} should be (F, G*H) and (H, G*H)</source>
        <translation>{where}: kernel {kernel_shape}과 recurrent_kernel {rec_shape}은(는) (F, G*H)와 (H, G*H)여야 합니다</translation>
    </message>
    <message>
        <source>{where}: kernel has shape {kernel_shape}, expected (F, {gates}) to match recurrent_kernel {rec_shape}</source>
        <translation>{where}: kernel의 모양이 {kernel_shape}입니다. recurrent_kernel {rec_shape}에 맞으려면 (F, {gates})여야 합니다</translation>
    </message>
    <message>
        <source>{where}: LSTM bias has shape {bshape}, expected ({gh},) or ({value},) for CuDNNLSTM</source>
        <translation>{where}: LSTM 편향의 모양이 {bshape}입니다. ({gh},)이거나 CuDNNLSTM이면 ({value},)여야 합니다</translation>
    </message>
    <message>
        <source>{where}: GRU bias has shape {bshape}, expected (2, {gh}) (reset_after=True), ({gh},) (reset_after=False) or ({value},) for CuDNNGRU</source>
        <translation>{where}: GRU 편향의 모양이 {bshape}입니다. (2, {gh})(reset_after=True), ({gh},)(reset_after=False), CuDNNGRU이면 ({value},)여야 합니다</translation>
    </message>
    <message>
        <source>{where}: the config says reset_after={said} but the bias has shape {bshape}, which is the form of reset_after={reset_after}</source>
        <translation>{where}: config에는 reset_after={said}이지만 편향의 모양 {bshape}은(는) reset_after={reset_after}의 형태입니다</translation>
    </message>
    <message>
        <source>{where}: SimpleRNN bias has shape {bshape}, expected ({hidden},)</source>
        <translation>{where}: SimpleRNN 편향의 모양이 {bshape}입니다. ({hidden},)이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: recurrent_kernel has shape {rec_shape}: expected (H, 4H) LSTM, (H, 3H) GRU or (H, H) SimpleRNN</source>
        <translation>{where}: recurrent_kernel의 모양이 {rec_shape}입니다. LSTM은 (H, 4H), GRU는 (H, 3H), SimpleRNN은 (H, H)여야 합니다</translation>
    </message>
    <message>
        <source>reading {what} needs {value}: pip install {value}</source>
        <translation>{what}을(를) 읽으려면 {value}이(가) 필요합니다: pip install {value}</translation>
    </message>
    <message>
        <source>{file}: array {name!r} declares shape {shape} ({count:,} elements, {size:,} bytes) but the file holds {max:,} bytes for it: the file is damaged or not what it claims</source>
        <translation>{file}: 배열 {name!r}이(가) 모양 {shape}({count:,}개 원소, {size:,}바이트)을(를) 선언하지만 파일에는 {max:,}바이트만 있습니다. 파일이 손상되었거나 주장과 다릅니다</translation>
    </message>
    <message>
        <source>{file}: array {name!r} declares shape {shape}; the file declares {total:,} elements, more than the {limit:,} Gate Explorer reads</source>
        <translation>{file}: 배열 {name!r}이(가) 모양 {shape}을(를) 선언합니다. 파일이 선언한 원소는 {total:,}개로, Gate Explorer가 읽는 {limit:,}개보다 많습니다</translation>
    </message>
    <message>
        <source>{file} holds a single array, expected a .npz archive</source>
        <translation>{file}에는 배열 하나만 있습니다. .npz 아카이브여야 합니다</translation>
    </message>
    <message>
        <source>{file} is not a readable .npz archive (corrupt or truncated: {exc})</source>
        <translation>{file}은(는) 읽을 수 있는 .npz 아카이브가 아닙니다(손상되었거나 잘림: {exc})</translation>
    </message>
    <message>
        <source>{file} holds a single array, expected a .npz</source>
        <translation>{file}에는 배열 하나만 있습니다. .npz여야 합니다</translation>
    </message>
    <message>
        <source>{file} is not a readable .safetensors file ({what})</source>
        <translation>{file}은(는) 읽을 수 있는 .safetensors 파일이 아닙니다({what})</translation>
    </message>
    <message>
        <source>shorter than its 8-byte header length</source>
        <translation>8바이트 헤더 길이보다 짧음</translation>
    </message>
    <message>
        <source>its header declares {length:,} bytes, the file holds {size:,}</source>
        <translation>헤더가 {length:,}바이트를 선언하지만 파일에는 {size:,}바이트가 있음</translation>
    </message>
    <message>
        <source>its header is not JSON: {exc}</source>
        <translation>헤더가 JSON이 아님: {exc}</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>헤더가 JSON 객체가 아님</translation>
    </message>
    <message>
        <source>tensor {key!r} has dtype, shape or offsets it cannot read: {entry}</source>
        <translation>텐서 {key!r}의 dtype, 모양, 오프셋을 읽을 수 없음: {entry}</translation>
    </message>
    <message>
        <source>tensor {key!r} lies at bytes {begin}..{end} of {data_size:,}</source>
        <translation>텐서 {key!r}이(가) {data_size:,}바이트 중 {begin}..{end} 위치에 있음</translation>
    </message>
    <message>
        <source>tensor {key!r} declares shape {shape} ({count:,} bytes) but spans {end:,} bytes</source>
        <translation>텐서 {key!r}이(가) 모양 {shape}({count:,}바이트)을(를) 선언하지만 {end:,}바이트에 걸쳐 있음</translation>
    </message>
    <message>
        <source>it declares more than the {max_elements:,} elements read</source>
        <translation>읽는 한도인 원소 {max_elements:,}개보다 많이 선언함</translation>
    </message>
    <message>
        <source>tensor {key!r} is cut short: the file is truncated</source>
        <translation>텐서 {key!r}이(가) 도중에 끊김: 파일이 잘렸음</translation>
    </message>
    <message>
        <source>cannot read {file}: {value}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {value}</translation>
    </message>
    <message>
        <source>the checkpoint holds more than {max_keys:,} named values: not a model&apos;s weights</source>
        <translation>체크포인트에 이름 붙은 값이 {max_keys:,}개보다 많습니다. 모델 가중치가 아닙니다</translation>
    </message>
    <message>
        <source>{file} is a TorchScript archive that holds no tensors</source>
        <translation>{file}은(는) 텐서가 하나도 없는 TorchScript 아카이브입니다</translation>
    </message>
    <message>
        <source>{file} holds a single tensor {obj_shape}, expected a state_dict (a dict of tensors): save model.state_dict() with torch.save</source>
        <translation>{file}에는 텐서 {obj_shape} 하나만 있습니다. state_dict(텐서 사전)여야 합니다. torch.save로 model.state_dict()를 저장하세요</translation>
    </message>
    <message>
        <source>{file} holds a {type}, expected a state_dict (a dict of tensors)</source>
        <translation>{file}에는 {type}이(가) 있습니다. state_dict(텐서 사전)여야 합니다</translation>
    </message>
    <message>
        <source>{file} holds no tensors: expected a state_dict</source>
        <translation>{file}에 텐서가 없습니다. state_dict여야 합니다</translation>
    </message>
    <message>
        <source>the model card must be JSON: {exc}</source>
        <translation>모델 카드는 JSON이어야 합니다: {exc}</translation>
    </message>
    <message>
        <source>{path}: no {meta_key} entry</source>
        <translation>{path}: {meta_key} 항목이 없습니다</translation>
    </message>
    <message>
        <source>{path}: metadata is not JSON ({exc})</source>
        <translation>{path}: 메타데이터가 JSON이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{path}: damaged archive ({exc})</source>
        <translation>{path}: 손상된 아카이브({exc})</translation>
    </message>
    <message>
        <source>{path}: not an encoder-decoder bundle</source>
        <translation>{path}: 인코더-디코더 번들이 아닙니다</translation>
    </message>
    <message>
        <source>{path}: encoder-decoder format version {meta!r}, this app reads version {version}</source>
        <translation>{path}: 인코더-디코더 형식 버전이 {meta!r}입니다. 이 앱은 버전 {version}을(를) 읽습니다</translation>
    </message>
    <message>
        <source>{path}: not a readable .npz archive ({exc})</source>
        <translation>{path}: 읽을 수 있는 .npz 아카이브가 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{path}: a single .npy array, not an encoder-decoder bundle</source>
        <translation>{path}: .npy 배열 하나입니다. 인코더-디코더 번들이 아닙니다</translation>
    </message>
    <message>
        <source>{path}: no {part} in the metadata</source>
        <translation>{path}: 메타데이터에 {part}이(가) 없습니다</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <source>index {index}</source>
        <translation>인덱스 {index}</translation>
    </message>
    <message>
        <source>{where}: the column is empty (expected at least one number)</source>
        <translation>{where}: 열이 비어 있습니다(숫자가 하나 이상 있어야 합니다)</translation>
    </message>
    <message>
        <source>{where}: {row} holds {values!r}: expected a finite number in every row</source>
        <translation>{where}: {row}에 {values!r}이(가) 있습니다. 모든 행에 유한한 수가 있어야 합니다</translation>
    </message>
    <message>
        <source>{where}: {row} holds {values!r}, too large for float32</source>
        <translation>{where}: {row}에 {values!r}이(가) 있습니다. float32로는 너무 큽니다</translation>
    </message>
    <message>
        <source>{where}: not a readable .npy file ({exc})</source>
        <translation>{where}: 읽을 수 있는 .npy 파일이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{where}: declares {count:,} values; the limit for a series is {max_values:,}</source>
        <translation>{where}: 값 {count:,}개를 선언합니다. 시계열 한도는 {max_values:,}개입니다</translation>
    </message>
    <message>
        <source>{where}: holds an array of shape {shape}: expected one series, shape (T,) or (T, 1)</source>
        <translation>{where}: 모양이 {shape}인 배열입니다. 시계열 하나, 모양 (T,)나 (T, 1)이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: holds {dtype} values: expected numbers</source>
        <translation>{where}: {dtype} 값이 있습니다. 숫자여야 합니다</translation>
    </message>
    <message>
        <source>{where}: cannot read the array ({exc})</source>
        <translation>{where}: 배열을 읽을 수 없습니다({exc})</translation>
    </message>
    <message>
        <source>{where}: not UTF-8 text (expected a CSV or TSV file)</source>
        <translation>{where}: UTF-8 텍스트가 아닙니다(CSV나 TSV 파일이어야 합니다)</translation>
    </message>
    <message>
        <source>{where}: the file is empty (expected a column of numbers)</source>
        <translation>{where}: 파일이 비어 있습니다(숫자 열이 있어야 합니다)</translation>
    </message>
    <message>
        <source>{where}: only a header row, no values</source>
        <translation>{where}: 머리글 행만 있고 값이 없습니다</translation>
    </message>
    <message>
        <source>{where}: no such file (expected a CSV, TSV or .npy series)</source>
        <translation>{where}: 그런 파일이 없습니다(CSV, TSV, .npy 시계열이어야 합니다)</translation>
    </message>
    <message>
        <source>{where}: {st_size:,.0f} MB; the limit for a series file is {max_bytes} MB</source>
        <translation>{where}: {st_size:,.0f} MB. 시계열 파일 한도는 {max_bytes} MB입니다</translation>
    </message>
    <message>
        <source>{where}: row {line}, column {header!r} holds {shown}: expected a number in every row</source>
        <translation>{where}: {line}행, {header!r} 열에 {shown}이(가) 있습니다. 모든 행에 숫자가 있어야 합니다</translation>
    </message>
    <message>
        <source>{where}: {arr_size:,} values; the limit is {max_values:,}</source>
        <translation>{where}: 값 {arr_size:,}개. 한도는 {max_values:,}개입니다</translation>
    </message>
    <message>
        <source>column {column!r}</source>
        <translation>{column!r} 열</translation>
    </message>
    <message>
        <source>column {column!r} (index {index})</source>
        <translation>{column!r} 열(인덱스 {index})</translation>
    </message>
    <message>
        <source>{where}: no column {column!r}; the columns are {names}</source>
        <translation>{where}: {column!r} 열이 없습니다. 열은 {names}입니다</translation>
    </message>
    <message>
        <source>{where}: no column holds numbers in its first rows; columns: {names}</source>
        <translation>{where}: 첫 행들에 숫자가 있는 열이 없습니다. 열: {names}</translation>
    </message>
    <message>
        <source>column {column!r}, the only numeric one</source>
        <translation>{column!r} 열, 유일한 숫자 열</translation>
    </message>
    <message>
        <source>column {column!r}, the last numeric one (also numeric: {others}; choose with --column)</source>
        <translation>{column!r} 열, 마지막 숫자 열(다른 숫자 열: {others}. --column으로 고르세요)</translation>
    </message>
    <message>
        <source>a whole pickled model is not read: save model.state_dict() with torch.save instead</source>
        <translation>피클로 저장한 모델 전체는 읽지 않습니다. 대신 torch.save로 model.state_dict()를 저장하세요</translation>
    </message>
    <message>
        <source>only numeric NumPy values are read (object arrays hold pickled Python objects); store it as a tensor or a list, nothing was run</source>
        <translation>숫자 NumPy 값만 읽습니다(객체 배열에는 피클된 Python 객체가 들어 있습니다). 텐서나 목록으로 저장하세요. 아무것도 실행하지 않았습니다</translation>
    </message>
    <message>
        <source>that would run code from the file, so it was not read (nothing was run)</source>
        <translation>파일의 코드를 실행하게 되므로 읽지 않았습니다(아무것도 실행하지 않았습니다)</translation>
    </message>
    <message>
        <source>{file}: blocked: the pickle asks for {what}; {advice}</source>
        <translation>{file}: 차단됨: 피클이 {what}을(를) 요구합니다. {advice}</translation>
    </message>
    <message>
        <source>{file}: the pickle is nested too deeply to read</source>
        <translation>{file}: 피클이 너무 깊이 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (its pickle is damaged: {type}: {exc})</source>
        <translation>{file}은(는) 읽을 수 있는 PyTorch 파일이 아닙니다(피클이 손상됨: {type}: {exc})</translation>
    </message>
    <message>
        <source>{file} declares {total:,} elements in {n_storages} storages, more than the {max_elements:,} Gate Explorer reads from one file</source>
        <translation>{file}이(가) 저장소 {n_storages}개에 원소 {total:,}개를 선언합니다. Gate Explorer가 파일 하나에서 읽는 {max_elements:,}개보다 많습니다</translation>
    </message>
    <message>
        <source>{file}: {filename} declares {file_size:,} bytes compressed into {compress_size:,}, more than the {max_ratio}-fold Gate Explorer expands (weights do not compress that well): the file is damaged or hostile</source>
        <translation>{file}: {filename}이(가) {compress_size:,}바이트로 압축된 {file_size:,}바이트를 선언합니다. Gate Explorer가 푸는 {max_ratio}배를 넘습니다(가중치는 그만큼 압축되지 않습니다). 파일이 손상되었거나 악의적입니다</translation>
    </message>
    <message>
        <source>{file}: a tensor of size {t_size} has strides {stride} and offset {offset}: damaged file</source>
        <translation>{file}: 크기 {t_size}인 텐서의 스트라이드가 {stride}, 오프셋이 {offset}입니다. 손상된 파일입니다</translation>
    </message>
    <message>
        <source>{file}: a tensor of size {t_size} declares {count:,} elements, more than the {max_elements:,} Gate Explorer reads from one file (with the tensors before)</source>
        <translation>{file}: 크기 {t_size}인 텐서가 원소 {count:,}개를 선언합니다. Gate Explorer가 파일 하나에서 읽는 {max_elements:,}개보다 많습니다(앞의 텐서 포함)</translation>
    </message>
    <message>
        <source>{file}: a tensor of size {t_size} needs element {last} of storage {key}, which holds {storage_size}: the file is damaged or truncated</source>
        <translation>{file}: 크기 {t_size}인 텐서에 저장소 {key}의 원소 {last}이(가) 필요한데 저장소에는 {storage_size}개뿐입니다. 파일이 손상되었거나 잘렸습니다</translation>
    </message>
    <message>
        <source>the checkpoint is nested too deeply to read</source>
        <translation>체크포인트가 너무 깊이 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the checkpoint holds more than {max_nodes:,} values: not a model&apos;s weights</source>
        <translation>체크포인트에 값이 {max_nodes:,}개보다 많습니다. 모델 가중치가 아닙니다</translation>
    </message>
    <message>
        <source>{file} is a TorchScript archive without data.pkl (an old TorchScript format): in Python, torch.jit.load it and torch.save(model.state_dict(), &apos;x.pt&apos;)</source>
        <translation>{file}은(는) data.pkl이 없는 TorchScript 아카이브입니다(옛 TorchScript 형식). Python에서 torch.jit.load로 불러와 torch.save(model.state_dict(), &apos;x.pt&apos;)로 저장하세요</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not a PyTorch checkpoint (no data.pkl; found {value})</source>
        <translation>{file}은(는) zip 아카이브이지만 PyTorch 체크포인트가 아닙니다(data.pkl 없음, {value} 있음)</translation>
    </message>
    <message>
        <source>{file}: storage {key} is missing from the archive (no {member}): the file is damaged</source>
        <translation>{file}: 아카이브에 저장소 {key}이(가) 없습니다({member} 없음). 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>{file}: storage {key} declares {numel:,} elements ({need:,} bytes) but the file holds {file_size:,} bytes for it: the file is damaged or truncated</source>
        <translation>{file}: 저장소 {key}이(가) 원소 {numel:,}개({need:,}바이트)를 선언하지만 파일에는 {file_size:,}바이트만 있습니다. 파일이 손상되었거나 잘렸습니다</translation>
    </message>
    <message>
        <source>{file}: storage {key} cannot be read ({exc}): the file is damaged or truncated</source>
        <translation>{file}: 저장소 {key}을(를) 읽을 수 없습니다({exc}). 파일이 손상되었거나 잘렸습니다</translation>
    </message>
    <message>
        <source>the TorchScript archive&apos;s modules are nested too deeply or too often to read</source>
        <translation>TorchScript 아카이브의 모듈이 너무 깊이 또는 너무 많이 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{file} is a legacy PyTorch file whose {what} cannot be read: damaged or truncated</source>
        <translation>{file}은(는) {what}을(를) 읽을 수 없는 옛 PyTorch 파일입니다. 손상되었거나 잘렸습니다</translation>
    </message>
    <message>
        <source>{file} is not a PyTorch file (wrong magic number)</source>
        <translation>{file}은(는) PyTorch 파일이 아닙니다(매직 넘버가 틀림)</translation>
    </message>
    <message>
        <source>{file} is a legacy PyTorch file of protocol {protocol!r} (expected 1001)</source>
        <translation>{file}은(는) 프로토콜 {protocol!r}의 옛 PyTorch 파일입니다(1001이어야 합니다)</translation>
    </message>
    <message>
        <source>{file}: the storage list does not match the pickle</source>
        <translation>{file}: 저장소 목록이 피클과 맞지 않습니다</translation>
    </message>
    <message>
        <source>{file}: storage {key} is missing: the file is truncated</source>
        <translation>{file}: 저장소 {key}이(가) 없습니다. 파일이 잘렸습니다</translation>
    </message>
    <message>
        <source>{file}: storage {key} declares {numel:,} elements ({need:,} bytes) but the file holds {max:,} more bytes: damaged or truncated</source>
        <translation>{file}: 저장소 {key}이(가) 원소 {numel:,}개({need:,}바이트)를 선언하지만 파일에는 {max:,}바이트만 더 있습니다. 손상되었거나 잘렸습니다</translation>
    </message>
    <message>
        <source>{file} is PyTorch&apos;s oldest (tar) format, which is not read: in Python, torch.load it and torch.save(obj, &apos;x.pt&apos;) again</source>
        <translation>{file}은(는) PyTorch의 가장 오래된 (tar) 형식이라 읽지 않습니다. Python에서 torch.load로 불러와 torch.save(obj, &apos;x.pt&apos;)로 다시 저장하세요</translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (neither a zip archive nor a pickle: corrupt, truncated or another format)</source>
        <translation>{file}은(는) 읽을 수 있는 PyTorch 파일이 아닙니다(zip 아카이브도 피클도 아님: 손상되었거나 잘렸거나 다른 형식)</translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (damaged zip archive: {exc})</source>
        <translation>{file}은(는) 읽을 수 있는 PyTorch 파일이 아닙니다(손상된 zip 아카이브: {exc})</translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (damaged: {exc})</source>
        <translation>{file}은(는) 읽을 수 있는 PyTorch 파일이 아닙니다(손상됨: {exc})</translation>
    </message>
    <message>
        <source>cannot read {file}: {strerror}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {strerror}</translation>
    </message>
    <message>
        <source>{file} is not a readable PyTorch file (damaged or truncated: {type}: {exc})</source>
        <translation>{file}은(는) 읽을 수 있는 PyTorch 파일이 아닙니다(손상되었거나 잘림: {type}: {exc})</translation>
    </message>
    <message>
        <source>{where}: id {i} is {tok!r}, expected a text token</source>
        <translation>{where}: id {i}이(가) {tok!r}입니다. 텍스트 토큰이어야 합니다</translation>
    </message>
    <message>
        <source>{where} lists {tok!r} twice (ids {seen} and {i})</source>
        <translation>{where}에 {tok!r}이(가) 두 번 있습니다(id {seen}과 {i})</translation>
    </message>
    <message>
        <source>{where} is empty: expected at least one token</source>
        <translation>{where}이(가) 비어 있습니다. 토큰이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>{where}: keys should be ids when values are tokens</source>
        <translation>{where}: 값이 토큰이면 키는 id여야 합니다</translation>
    </message>
    <message>
        <source>{where}: the id of {tok!r} is {idx!r}, expected an integer</source>
        <translation>{where}: {tok!r}의 id가 {idx!r}입니다. 정수여야 합니다</translation>
    </message>
    <message>
        <source>{where}: id {idx} is given to {tokens!r} and {tok!r}</source>
        <translation>{where}: id {idx}이(가) {tokens!r}와(과) {tok!r}에 주어졌습니다</translation>
    </message>
    <message>
        <source>{where}: ids should be 0..{size} with none missing; id {missing} is missing (largest id is {max})</source>
        <translation>{where}: id는 빠짐없이 0..{size}여야 합니다. id {missing}이(가) 없습니다(가장 큰 id는 {max})</translation>
    </message>
    <message>
        <source>vocabulary file {path} is {what}</source>
        <translation>어휘 파일 {path}은(는) {what}입니다</translation>
    </message>
    <message>
        <source>vocabulary file {file} is not UTF-8 text ({exc})</source>
        <translation>어휘 파일 {file}이(가) UTF-8 텍스트가 아닙니다({exc})</translation>
    </message>
    <message>
        <source>vocabulary file {file}</source>
        <translation>어휘 파일 {file}</translation>
    </message>
    <message>
        <source>{where} is not valid JSON ({exc})</source>
        <translation>{where}이(가) 올바른 JSON이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{where} is empty: expected one token per line</source>
        <translation>{where}이(가) 비어 있습니다. 한 줄에 토큰이 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <source>{where} is a {type}; expected a file, a list of tokens or a dict</source>
        <translation>{where}은(는) {type}입니다. 파일, 토큰 목록, 사전이어야 합니다</translation>
    </message>
    <message>
        <source>{engine} (loading …)</source>
        <translation>{engine}(불러오는 중 …)</translation>
    </message>
    <message>
        <source>cannot save {path_name}: {exc}</source>
        <translation>{path_name}을(를) 저장할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>{file} is larger than {max_bytes} GB, the limit for a session</source>
        <translation>{file}이(가) 세션 한도인 {max_bytes} GB보다 큽니다</translation>
    </message>
    <message>
        <source>cannot read session {path}: {value}</source>
        <translation>세션 {path}을(를) 읽을 수 없습니다: {value}</translation>
    </message>
    <message>
        <source>{file} is not a session file: not UTF-8 text</source>
        <translation>{file}은(는) 세션 파일이 아닙니다: UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>{file} is not a session file: bad JSON ({exc})</source>
        <translation>{file}은(는) 세션 파일이 아닙니다: 잘못된 JSON({exc})</translation>
    </message>
    <message>
        <source>{file} is not a session file: nested too deep</source>
        <translation>{file}은(는) 세션 파일이 아닙니다: 너무 깊이 중첩됨</translation>
    </message>
    <message>
        <source>{file} is not a Gate Explorer session file: expected &quot;format&quot;: &quot;{value}&quot;, found {found!r}</source>
        <translation>{file}은(는) Gate Explorer 세션 파일이 아닙니다: &quot;format&quot;: &quot;{value}&quot;이어야 하는데 {found!r}입니다</translation>
    </message>
    <message>
        <source>{file} is not a valid session: {exc}</source>
        <translation>{file}은(는) 올바른 세션이 아닙니다: {exc}</translation>
    </message>
    <message>
        <source>an encoder-decoder writes its own answer (greedy, or teacher-forced from the Target field): Generate continues the text of a one-stack model</source>
        <translation>인코더-디코더는 자기 답을 직접 씁니다(탐욕적으로, 또는 목표 칸에서 교사 강요로). 생성은 스택이 하나인 모델의 텍스트를 이어 씁니다</translation>
    </message>
    <message>
        <source>tokens to write must be 1..100,000, got {tokens}</source>
        <translation>쓸 토큰 수는 1..100,000이어야 하는데 {tokens}입니다</translation>
    </message>
    <message>
        <source>no checkpoint at {path}: expected a file written by train</source>
        <translation>{path}에 체크포인트가 없습니다. train이 쓴 파일이어야 합니다</translation>
    </message>
    <message>
        <source>{path} is not a training checkpoint: {exc}</source>
        <translation>{path}은(는) 학습 체크포인트가 아닙니다: {exc}</translation>
    </message>
    <message>
        <source>{path} is not a training checkpoint (format {value})</source>
        <translation>{path}은(는) 학습 체크포인트가 아닙니다(형식 {value})</translation>
    </message>
    <message>
        <source>the loss became NaN or infinite; try a smaller learning rate</source>
        <translation>손실이 NaN이나 무한대가 되었습니다. 학습률을 줄여 보세요</translation>
    </message>
    <message>
        <source>the checkpoint does not fit this run: it has step {step} of {steps} and lacks {names}</source>
        <translation>체크포인트가 이 실행에 맞지 않습니다: {steps}단계 중 {step}단계의 것이며 {names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the checkpoint does not fit this run: it has step {step} of {steps}</source>
        <translation>체크포인트가 이 실행에 맞지 않습니다: {steps}단계 중 {step}단계의 것입니다</translation>
    </message>
    <message>
        <source>checkpoint {checkpoint_path} was made for {extra} with {extra2}; this run is {name} with {settings}</source>
        <translation>체크포인트 {checkpoint_path}은(는) {extra2} 설정의 {extra}용인데, 이 실행은 {settings} 설정의 {name}입니다</translation>
    </message>
    <message>
        <source>unknown task {name!r}; expected one of {names}</source>
        <translation>알 수 없는 작업 {name!r}. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>expected JSON text, found {type}</source>
        <translation>JSON 텍스트여야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>a model reference must be an object, found {data!r}</source>
        <translation>모델 참조는 객체여야 하는데 {data!r}입니다</translation>
    </message>
    <message>
        <source>bad model reference {data!r}: {exc}</source>
        <translation>잘못된 모델 참조 {data!r}: {exc}</translation>
    </message>
    <message>
        <source>model source {source!r} is unknown; expected one of {names}</source>
        <translation>모델 출처 {source!r}을(를) 모릅니다. {names} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>hidden size must be between 1 and 4096, found {hidden}</source>
        <translation>은닉 크기는 1에서 4096 사이여야 하는데 {hidden}입니다</translation>
    </message>
    <message>
        <source>layers must be between 1 and 16, found {layers}</source>
        <translation>층 수는 1에서 16 사이여야 하는데 {layers}입니다</translation>
    </message>
    <message>
        <source>cannot open {target}: model loading is not available in this build</source>
        <translation>{target}을(를) 열 수 없습니다: 이 빌드에서는 모델을 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>cannot open {target}: {exc}</source>
        <translation>{target}을(를) 열 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>session.version: format version {version}; this app reads up to {version2}</source>
        <translation>session.version: 형식 버전이 {version}입니다. 이 앱은 {version2}까지 읽습니다</translation>
    </message>
    <message>
        <source>session.span: expected [start, end] with start &lt;= end, found {span}</source>
        <translation>session.span: start &lt;= end인 [start, end]여야 하는데 {span}입니다</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, found {found}</source>
        <translation>{where}: {expected}이어야 하는데 {found}입니다</translation>
    </message>
    <message>
        <source> from {lo} to {hi}</source>
        <translation> ({lo}~{hi})</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>a list of {n}</source>
        <translation>값 {n}개의 목록</translation>
    </message>
    <message>
        <source>a list of {n_args} values</source>
        <translation>값 {n_args}개의 목록</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an integer{range}</source>
        <translation>정수{range}</translation>
    </message>
    <message>
        <source>a number{range}</source>
        <translation>수{range}</translation>
    </message>
    <message>
        <source>a finite number{range}</source>
        <translation>유한한 수{range}</translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation>{names} 중 하나</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>at most {spec:,} characters</source>
        <translation>최대 {spec:,}자</translation>
    </message>
    <message>
        <source>text without lone surrogates (invalid Unicode)</source>
        <translation>외톨이 서로게이트가 없는 텍스트(잘못된 유니코드)</translation>
    </message>
    <message>
        <source>an object ({name})</source>
        <translation>객체({name})</translation>
    </message>
    <message>
        <source>{path}: missing; expected {expected}</source>
        <translation>{path}: 없습니다. {expected}이어야 합니다</translation>
    </message>
    <message>
        <source>(unreadable: {error})</source>
        <translation>(읽을 수 없음: {error})</translation>
    </message>
    <message>
        <source>no bundled model named {name!r}; available: {listing}</source>
        <translation>{name!r}(이)라는 내장 모델이 없습니다. 있는 모델: {listing}</translation>
    </message>
    <message>
        <source>min {seen} over N = 1..50, min {unseen} / mean {mean} over N = 51..100 (never trained)</source>
        <translation>N = 1..50에서 최소 {seen}, N = 51..100(학습하지 않음)에서 최소 {unseen} / 평균 {mean}</translation>
    </message>
    <message>
        <source>{result}; gradient at step 1 / at `?`, N = 100: {ratio}</source>
        <translation>{result}; 1단계 기울기 / `?`의 기울기, N = 100: {ratio}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{bits} bits/char on {text}</source>
        <translation>{text}에서 글자당 {bits}비트</translation>
    </message>
    <message>
        <source>{bits} bits/char</source>
        <translation>글자당 {bits}비트</translation>
    </message>
    <message>
        <source>quote unit layer {layer} {unit}, r = {r} ({story} on story)</source>
        <translation>인용 유닛 {layer}층 {unit}, r = {r} (story에서 {story})</translation>
    </message>
    <message>
        <source>quote unit layer {layer} {unit}, r = {r}</source>
        <translation>인용 유닛 {layer}층 {unit}, r = {r}</translation>
    </message>
    <message>
        <source>{unit}, taught by an auxiliary objective</source>
        <translation>{unit}, 보조 목적 함수로 가르침</translation>
    </message>
    <message>
        <source>unknown (`&lt;unk&gt;`) {shares}</source>
        <translation>미등록(`&lt;unk&gt;`) {shares}</translation>
    </message>
    <message>
        <source>{share} on {text}</source>
        <translation>{text}에서 {share}</translation>
    </message>
    <message>
        <source>{preset}: layer {layer} {unit}, r = {r}</source>
        <translation>{preset}: {layer}층 {unit}, r = {r}</translation>
    </message>
    <message>
        <source>{accuracy} of {reviews} short reviews written for the card ({unknown} unknown words); {drugs} of {drug_reviews} UCI drug reviews</source>
        <translation>카드용으로 쓴 짧은 리뷰 {reviews}개 중 {accuracy} (미등록 단어 {unknown}); UCI 약품 리뷰 {drug_reviews}개 중 {drugs}</translation>
    </message>
    <message>
        <source>she/he min {trained} at distances 0..30, min {unseen} at 35..{far} (never trained)</source>
        <translation>she/he 거리 0..30에서 최소 {trained}, 35..{far}(학습하지 않음)에서 최소 {unseen}</translation>
    </message>
    <message>
        <source>MSE {long} vs {naive_long} for next = last on {steps}-step series (trained on {trained}); {slow} vs {naive_slow} with periods {periods} (never trained)</source>
        <translation>{steps}단계 계열에서 MSE {long}, 다음 = 마지막은 {naive_long} ({trained}단계로 학습); 주기 {periods}(학습하지 않음)에서 {slow}, 다음 = 마지막은 {naive_slow}</translation>
    </message>
    <message>
        <source>RMSE {rmse} vs {naive} for next = last on {years} (never trained; trained on the years before)</source>
        <translation>{years}에서 RMSE {rmse}, 다음 = 마지막은 {naive} (학습하지 않음; 그 이전 해로 학습)</translation>
    </message>
    <message>
        <source>exact match {share} on {count} dates from {years}</source>
        <translation>{years}의 날짜 {count}개에서 완전 일치 {share}</translation>
    </message>
    <message>
        <source>the README has no {begin} ... {end} block</source>
        <translation>README에 {begin} ... {end} 블록이 없습니다</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>학습에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>Pronoun agreement (she/he) across a growing number of distractor words</source>
        <translation>방해 단어가 점점 늘어나도 대명사(she/he)의 일치 유지하기</translation>
    </message>
    <message>
        <source>Korean character language model (one step per syllable)</source>
        <translation>한국어 문자 언어 모델(음절 하나가 한 단계)</translation>
    </message>
    <message>
        <source>Remember the first two letters (a-d) across N random letters e..z; answer at &apos;?&apos;</source>
        <translation>무작위 글자 e..z N개를 지나 첫 두 글자(a-d)를 기억하고 &apos;?&apos;에서 답하기</translation>
    </message>
    <message>
        <source>Character-level language model on real prose with dialogue</source>
        <translation>대화가 있는 실제 산문으로 배우는 문자 단위 언어 모델</translation>
    </message>
    <message>
        <source>Character-level LM on real prose with dialogue; quote state taught</source>
        <translation>대화가 있는 실제 산문으로 배우는 문자 단위 언어 모델. 따옴표 상태도 가르침</translation>
    </message>
    <message>
        <source>Sentiment of short reviews as people write them (positive / negative)</source>
        <translation>사람들이 쓴 그대로의 짧은 리뷰의 감성(긍정 / 부정)</translation>
    </message>
    <message>
        <source>Predict the next value of a noisy sum of two sines (numbers in, out)</source>
        <translation>잡음이 섞인 두 사인파의 합에서 다음 값 예측하기(숫자 입력, 숫자 출력)</translation>
    </message>
    <message>
        <source>Predict next year&apos;s sunspot number from the years before (a real series)</source>
        <translation>지난 해들의 값으로 다음 해 흑점 수 예측하기(실제 시계열)</translation>
    </message>
    <message>
        <source>estimated from {used} of {total} steps</source>
        <translation>{total}단계 중 {used}단계에서 추정</translation>
    </message>
    <message>
        <source>steps {start}..{stop} do not fit a run of {steps} step(s): expected 0 &lt;= start &lt;= stop &lt;= steps</source>
        <translation>단계 {start}..{stop}이(가) {steps}단계인 실행에 맞지 않습니다. 0 &lt;= start &lt;= stop &lt;= steps여야 합니다</translation>
    </message>
    <message>
        <source>the run is empty: no step to read the layer&apos;s width from</source>
        <translation>실행이 비어 있습니다. 층의 폭을 읽을 단계가 없습니다</translation>
    </message>
    <message>
        <source>{key}: wrote {rows} rows, expected shape {shape}</source>
        <translation>{key}: {rows}행을 썼지만 모양은 {shape}여야 합니다</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Cell</source>
        <translation>셀</translation>
    </message>
    <message>
        <source>Unit over time</source>
        <translation>시간에 따른 유닛</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <source>Find units</source>
        <translation>유닛 찾기</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>개입</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>포화</translation>
    </message>
    <message>
        <source>Text view</source>
        <translation>텍스트 보기</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
</context>
<context>
    <name>AnswerLine</name>
    <message>
        <source>The model&apos;s answer at this step</source>
        <translation>이 단계에서 모델의 답</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Over the {0} steps with a known next value: RMSE &lt;b&gt;{1:.4g}&lt;/b&gt; (next = last: {2:.4g}, ratio {3:.2f}); MAE {4:.4g} (next = last: {5:.4g})</source>
        <translation>다음 값을 아는 {0}개 스텝에서: RMSE &lt;b&gt;{1:.4g}&lt;/b&gt; (다음 = 마지막: {2:.4g}, 비율 {3:.2f}); MAE {4:.4g} (다음 = 마지막: {5:.4g})</translation>
    </message>
    <message>
        <source>teacher-forced</source>
        <translation>교사 강요</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>탐욕</translation>
    </message>
    <message>
        <source>Decoder answer ({0}):&lt;br&gt;&lt;span style=&apos;font-size:14pt; font-family:monospace&apos;&gt;{1}&lt;/span&gt;</source>
        <translation>디코더의 답 ({0}):&lt;br&gt;&lt;span style=&apos;font-size:14pt; font-family:monospace&apos;&gt;{1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Next token (top 5)</source>
        <translation>다음 토큰(상위 5개)</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>클래스 확률</translation>
    </message>
    <message>
        <source>Next value</source>
        <translation>다음 값</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>모델의 답</translation>
    </message>
    <message>
        <source>Generated: {0}</source>
        <translation>생성됨: {0}</translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>예측 &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>true next &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>실제 다음 값 &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>grey: true next value</source>
        <translation>회색: 실제 다음 값</translation>
    </message>
    <message>
        <source>blue: predicted</source>
        <translation>파랑: 예측</translation>
    </message>
    <message>
        <source>Actually next: &lt;b&gt;“{token}”&lt;/b&gt;</source>
        <translation>실제 다음: &lt;b&gt;“{token}”&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Actually next: &lt;b&gt;“{token}”&lt;/b&gt; — the model gave it {p}%</source>
        <translation>실제 다음: &lt;b&gt;“{token}”&lt;/b&gt; — 모델이 준 확률 {p}%</translation>
    </message>
    <message>
        <source>End of the text: nothing comes next.</source>
        <translation>텍스트 끝: 다음에 오는 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <source>Type some text above to see the cell at each step</source>
        <translation>위에 텍스트를 입력하면 단계마다 셀이 보입니다</translation>
    </message>
    <message>
        <source>projected: W_hr·</source>
        <translation>투영: W_hr·</translation>
    </message>
    <message>
        <source>Click a unit to fill in these equations with its numbers at this step:</source>
        <translation>유닛을 클릭하면 이 단계의 값으로 아래 식을 채웁니다:</translation>
    </message>
    <message>
        <source>step {k} / {n}</source>
        <translation>단계 {k} / {n}</translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation>층 {k}/{n}</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>index order</source>
        <translation>번호 순</translation>
    </message>
    <message>
        <source>sorted by mean h</source>
        <translation>평균 h 순으로 정렬</translation>
    </message>
    <message>
        <source>clustered</source>
        <translation>군집별</translation>
    </message>
    <message>
        <source>{n} units in {order}, top {k} of {n} (as the heatmaps) · click a unit</source>
        <translation>유닛 {n}개, {order}, {n}개 중 상위 {k}개(히트맵과 같음) · 유닛을 클릭하세요</translation>
    </message>
    <message>
        <source>{n} units in {order} (as the heatmaps) · click a unit</source>
        <translation>유닛 {n}개, {order}(히트맵과 같음) · 유닛을 클릭하세요</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>from layer {k}</source>
        <translation>층 {k}에서</translation>
    </message>
    <message>
        <source>Copy equations as text</source>
        <translation>식을 텍스트로 복사</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>predicted &lt;b&gt;{value}&lt;/b&gt; · true next {true}</source>
        <translation>예측 &lt;b&gt;{value}&lt;/b&gt; · 실제 다음 값 {true}</translation>
    </message>
    <message>
        <source>next: </source>
        <translation>다음: </translation>
    </message>
    <message>
        <source>answer: </source>
        <translation>답: </translation>
    </message>
    <message>
        <source>Model A: the main model (model bar above)</source>
        <translation>모델 A: 주 모델(위의 모델 막대)</translation>
    </message>
    <message>
        <source>Model B: the model compared with A</source>
        <translation>모델 B: A와 비교하는 모델</translation>
    </message>
    <message>
        <source>Model B: the model to compare with A</source>
        <translation>모델 B: A와 비교할 모델</translation>
    </message>
    <message>
        <source>Layer of model B</source>
        <translation>모델 B의 층</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>Direction of model B</source>
        <translation>모델 B의 방향</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>비교 그만하기</translation>
    </message>
    <message>
        <source>Model B: choose a recurrent module</source>
        <translation>모델 B: 순환 모듈 고르기</translation>
    </message>
    <message>
        <source>layer {k} of {n}</source>
        <translation>층 {k}/{n}</translation>
    </message>
    <message>
        <source>model B ({name}): {message}</source>
        <translation>모델 B({name}): {message}</translation>
    </message>
    <message>
        <source>B ended at step {b}</source>
        <translation>B는 단계 {b}에서 끝남</translation>
    </message>
    <message>
        <source>B has {b} steps, A {a}</source>
        <translation>B는 {b}단계, A는 {a}단계</translation>
    </message>
    <message>
        <source>Model B reads this text as {b} tokens, model A as {a}. Both go to the same token index; past B&apos;s last token, B stays on its step {b}, marked in orange.</source>
        <translation>모델 B는 이 텍스트를 토큰 {b}개로, 모델 A는 {a}개로 읽습니다. 둘 다 같은 토큰 번호로 이동하며, B의 마지막 토큰을 지나면 B는 단계 {b}에 머물고 주황색으로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 벡터 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Animated GIF, one frame per step (*.gif)</source>
        <translation>움직이는 GIF, 단계마다 한 프레임 (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video, one frame per step (*.mp4)</source>
        <translation>MP4 동영상, 단계마다 한 프레임 (*.mp4)</translation>
    </message>
    <message>
        <source>CSV table, whole trace (*.csv)</source>
        <translation>CSV 표, 전체 추적 (*.csv)</translation>
    </message>
    <message>
        <source>NumPy arrays, whole trace (*.npz)</source>
        <translation>NumPy 배열, 전체 추적 (*.npz)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name}이(가) 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>내보내기를 취소했습니다</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>뷰 내보내기</translation>
    </message>
    <message>
        <source>Export {name} heatmap</source>
        <translation>{name} 히트맵 내보내기</translation>
    </message>
    <message>
        <source>Export {label}</source>
        <translation>{label} 내보내기</translation>
    </message>
    <message>
        <source>no analysis view is shown: open View &gt; Analysis views</source>
        <translation>보이는 분석 뷰가 없습니다: 보기 &gt; 분석 뷰를 여세요</translation>
    </message>
    <message>
        <source>Export the {title} view</source>
        <translation>{title} 뷰 내보내기</translation>
    </message>
    <message>
        <source>Copied the {title} view to the clipboard</source>
        <translation>{title} 뷰를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <source>Rendering frames…</source>
        <translation>프레임을 그리는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export trace data</source>
        <translation>추적 데이터 내보내기</translation>
    </message>
    <message>
        <source>Writing the trace data…</source>
        <translation>추적 데이터를 쓰는 중…</translation>
    </message>
    <message>
        <source>nothing to export yet: type some text first</source>
        <translation>아직 내보낼 것이 없습니다: 먼저 텍스트를 입력하세요</translation>
    </message>
    <message>
        <source>Copied the view to the clipboard</source>
        <translation>뷰를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Copied the {name} heatmap to the clipboard</source>
        <translation>{name} 히트맵을 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View as image…</source>
        <translation>뷰를 이미지로(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Animation…</source>
        <translation>애니메이션(&amp;A)…</translation>
    </message>
    <message>
        <source>Trace &amp;data…</source>
        <translation>추적 데이터(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;nalysis view as image…</source>
        <translation>분석 뷰를 이미지로(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Copy view</source>
        <translation>뷰 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a&amp;nalysis view</source>
        <translation>분석 뷰 복사(&amp;N)</translation>
    </message>
    <message>
        <source>{label} as image…</source>
        <translation>{label}을(를) 이미지로…</translation>
    </message>
    <message>
        <source>Export {name} heatmap…</source>
        <translation>{name} 히트맵 내보내기…</translation>
    </message>
    <message>
        <source>Copy {name} heatmap</source>
        <translation>{name} 히트맵 복사</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>뷰 내보내기…</translation>
    </message>
    <message>
        <source>Copy view</source>
        <translation>뷰 복사</translation>
    </message>
</context>
<context>
    <name>GateLegend</name>
    <message>
        <source>★ unit {unit} of layer {layer}: the &lt;b&gt;quote unit&lt;/b&gt; (tracks being inside quotes; {name}{r})</source>
        <translation>★ 층 {layer}의 유닛 {unit}: &lt;b&gt;따옴표 유닛&lt;/b&gt;(따옴표 안에 있는지를 추적; {name}{r})</translation>
    </message>
</context>
<context>
    <name>GenerateView</name>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>상위 k</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Tokens to write</source>
        <translation>쓸 토큰 수</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Continue the text from the current step (Ctrl+G)</source>
        <translation>현재 단계부터 텍스트를 이어 씁니다(Ctrl+G)</translation>
    </message>
    <message>
        <source>Discard generated text</source>
        <translation>생성한 텍스트 버리기</translation>
    </message>
    <message>
        <source>Back to the text as it was before generating (Ctrl+Shift+G)</source>
        <translation>생성하기 전의 텍스트로 돌아갑니다(Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>%v / %m tokens</source>
        <translation>토큰 %v / %m</translation>
    </message>
    <message>
        <source>Open a language model to let it write.</source>
        <translation>글을 쓰게 하려면 언어 모델을 여세요.</translation>
    </message>
    <message>
        <source>Continues the text from the current step, sampling each token from softmax(logits / temperature) over the top-k; the same seed writes the same text.</source>
        <translation>현재 단계부터 텍스트를 이어 씁니다. 각 토큰은 상위 k개에 대한 softmax(logits / temperature)에서 뽑습니다. 같은 시드는 같은 텍스트를 씁니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
</context>
<context>
    <name>GradientView</name>
    <message>
        <source>last step</source>
        <translation>마지막 단계</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>현재 단계</translation>
    </message>
    <message>
        <source>Type some text above to see how the gradient flows back through time</source>
        <translation>위에 텍스트를 입력하면 기울기가 시간을 거슬러 흐르는 모습이 보입니다</translation>
    </message>
    <message>
        <source>Take the loss at the last step, or at the current step</source>
        <translation>마지막 단계 또는 현재 단계의 손실을 씁니다</translation>
    </message>
    <message>
        <source>Loss at:</source>
        <translation>손실 위치:</translation>
    </message>
    <message>
        <source>Why it vanishes</source>
        <translation>왜 사라지는가</translation>
    </message>
    <message>
        <source>Show the per-step factor behind the curves: the step Jacobian norm, the forget gates&apos; product (LSTM) and the singular values of W_hh</source>
        <translation>곡선 뒤의 스텝별 배율을 보여 줍니다: 스텝 야코비안 노름, 망각 게이트의 곱 (LSTM), W_hh의 특이값</translation>
    </message>
    <message>
        <source>Click a step to go there; with &apos;current step&apos; the loss moves too</source>
        <translation>단계를 클릭하면 그 단계로 갑니다. &apos;현재 단계&apos;이면 손실도 함께 옮겨 갑니다</translation>
    </message>
    <message>
        <source>gradient norm (log scale)</source>
        <translation>기울기 노름(로그 눈금)</translation>
    </message>
    <message>
        <source>per-step factor (log)</source>
        <translation>스텝별 배율 (로그)</translation>
    </message>
    <message>
        <source>‖ds_t/ds_t−1‖ step Jacobian</source>
        <translation>‖ds_t/ds_t−1‖ 스텝 야코비안</translation>
    </message>
    <message>
        <source>∏ f to the loss (median unit)</source>
        <translation>손실까지의 ∏ f (중앙값 유닛)</translation>
    </message>
    <message>
        <source>∏ f to the loss (most kept unit)</source>
        <translation>손실까지의 ∏ f (가장 많이 유지하는 유닛)</translation>
    </message>
    <message>
        <source>singular value (log)</source>
        <translation>특이값 (로그)</translation>
    </message>
    <message>
        <source>W_hh singular values, largest first</source>
        <translation>W_hh 특이값, 큰 것부터</translation>
    </message>
    <message>
        <source>step {k} {token}: </source>
        <translation>단계 {k} {token}: </translation>
    </message>
    <message>
        <source>no gradient reaches this step</source>
        <translation>이 단계에 닿는 기울기가 없음</translation>
    </message>
    <message>
        <source>computing the step Jacobians…</source>
        <translation>스텝 야코비안 계산 중…</translation>
    </message>
    <message>
        <source>below 1</source>
        <translation>1보다 작음</translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation>1 이상</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it vanishes.&lt;/b&gt; Largest singular value of W_hh ({0}): &lt;b&gt;{1}&lt;/b&gt; ★, {2}.</source>
        <translation>&lt;b&gt;왜 사라지는가.&lt;/b&gt; W_hh ({0})의 가장 큰 특이값: &lt;b&gt;{1}&lt;/b&gt; ★, {2}.</translation>
    </message>
    <message>
        <source>For a plain RNN each step multiplies the gradient by W_hh^T and by tanh&apos; ≤ 1: with the largest singular value below 1 it shrinks geometrically.</source>
        <translation>단순 RNN에서는 매 스텝 그래디언트에 W_hh^T와 tanh&apos; ≤ 1이 곱해집니다: 가장 큰 특이값이 1보다 작으면 기하급수적으로 줄어듭니다.</translation>
    </message>
    <message>
        <source>Here it is above 1, so the shrinking comes from tanh&apos; instead: saturated units pass almost nothing back, and the step factor (violet) drops below 1.</source>
        <translation>여기서는 1보다 크므로, 줄어드는 원인은 tanh&apos;입니다: 포화된 유닛은 거의 아무것도 되돌려 보내지 않고, 스텝 배율(보라)이 1 아래로 떨어집니다.</translation>
    </message>
    <message>
        <source>For an LSTM this is not the whole story: the cell state passes the gradient on multiplied only by the forget gate f (red), so where f stays near 1 it survives, whatever W_hh is.</source>
        <translation>LSTM에서는 이것이 전부가 아닙니다: 셀 상태는 그래디언트를 망각 게이트 f(빨강)만 곱해 전달하므로, W_hh가 어떻든 f가 1에 가까운 곳에서는 살아남습니다.</translation>
    </message>
    <message>
        <source>For a GRU this is not the whole story: the update gate z lets the state (and its gradient) pass through unchanged where z is near 1, whatever W_hh is.</source>
        <translation>GRU에서는 이것이 전부가 아닙니다: 업데이트 게이트 z가 1에 가까운 곳에서는 W_hh가 어떻든 상태(와 그 그래디언트)가 그대로 지나갑니다.</translation>
    </message>
    <message>
        <source>Violet: ‖ds_t/ds_t−1‖, the most one step can scale the gradient (geometric mean {0}); it is below 1 at {1:.0%} of the steps. Its product from a step to the loss bounds the gradient norms above.</source>
        <translation>보라: ‖ds_t/ds_t−1‖, 한 스텝이 그래디언트를 키울 수 있는 최대 배율 (기하 평균 {0}); 스텝의 {1:.0%}에서 1보다 작습니다. 한 스텝에서 손실까지의 곱이 위의 그래디언트 노름의 상한입니다.</translation>
    </message>
    <message>
        <source>No gradient to show: see the message above</source>
        <translation>보여 줄 기울기가 없습니다: 위의 메시지를 보세요</translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation>층 {k}/{n}</translation>
    </message>
    <message>
        <source>reverse direction</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>forward direction</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;computing the gradients…&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;기울기를 계산하는 중…&lt;/span&gt;</translation>
    </message>
    <message>
        <source>no gradient to show</source>
        <translation>보여 줄 기울기가 없음</translation>
    </message>
    <message>
        <source>Gradient of &lt;b&gt;{name}&lt;/b&gt; at step &lt;b&gt;{n}&lt;/b&gt; ({note})</source>
        <translation>단계 &lt;b&gt;{n}&lt;/b&gt;의 &lt;b&gt;{name}&lt;/b&gt;에 대한 기울기({note})</translation>
    </message>
    <message>
        <source>Gradient of &lt;b&gt;{name}&lt;/b&gt; at step &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>단계 &lt;b&gt;{n}&lt;/b&gt;의 &lt;b&gt;{name}&lt;/b&gt;에 대한 기울기</translation>
    </message>
    <message>
        <source>. The reverse direction reads right to left, so its gradient flows toward the end of the text.</source>
        <translation>. 역방향은 오른쪽에서 왼쪽으로 읽으므로 기울기가 텍스트 끝 쪽으로 흐릅니다.</translation>
    </message>
    <message>
        <source>, reaching each earlier step.</source>
        <translation>가 이전의 각 단계로 전해집니다.</translation>
    </message>
    <message>
        <source>At the first step ({k}: {token}) ‖dL/dh‖ is &lt;b&gt;{ratio}&lt;/b&gt; of its size at step {n}</source>
        <translation>첫 단계({k}: {token})에서 ‖dL/dh‖는 단계 {n}에서 크기의 &lt;b&gt;{ratio}&lt;/b&gt;입니다</translation>
    </message>
    <message>
        <source>At the last step ({k}: {token}) ‖dL/dh‖ is &lt;b&gt;{ratio}&lt;/b&gt; of its size at step {n}</source>
        <translation>마지막 단계({k}: {token})에서 ‖dL/dh‖는 단계 {n}에서 크기의 &lt;b&gt;{ratio}&lt;/b&gt;입니다</translation>
    </message>
    <message>
        <source>; ‖dL/dc‖ is &lt;b&gt;{ratio}&lt;/b&gt;</source>
        <translation>; ‖dL/dc‖는 &lt;b&gt;{ratio}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At the current step ({k}: {token}) ‖dL/dh‖ is {ratio}</source>
        <translation>현재 단계({k}: {token})에서 ‖dL/dh‖는 그 크기의 {ratio}</translation>
    </message>
    <message>
        <source> of it.</source>
        <translation>입니다.</translation>
    </message>
    <message>
        <source>Steps {span} (shaded) cannot change this loss: no gradient reaches them.</source>
        <translation>단계 {span}(음영)은 이 손실을 바꿀 수 없습니다: 닿는 기울기가 없습니다.</translation>
    </message>
    <message>
        <source>{count} value(s) below {floor} are drawn at {floor}.</source>
        <translation>{floor}보다 작은 값 {count}개는 {floor}에 그립니다.</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>계산하는 중…</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Type some text above to see the gates</source>
        <translation>위에 텍스트를 입력하면 게이트가 보입니다</translation>
    </message>
    <message>
        <source>Running the network…</source>
        <translation>신경망을 실행하는 중…</translation>
    </message>
    <message>
        <source>encoder steps 1–{b}, decoder steps {first}–{last}</source>
        <translation>인코더 스텝 1–{b}, 디코더 스텝 {first}–{last}</translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation>층 {k}/{n}</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>units by index</source>
        <translation>번호 순 유닛</translation>
    </message>
    <message>
        <source>units by mean h</source>
        <translation>평균 h 순 유닛</translation>
    </message>
    <message>
        <source>units clustered</source>
        <translation>군집별 유닛</translation>
    </message>
    <message>
        <source>, top {k}</source>
        <translation>, 상위 {k}개</translation>
    </message>
    <message>
        <source>colour limits and order estimated from {0} of the steps</source>
        <translation>색 범위와 순서는 단계 {0}개로 추정</translation>
    </message>
    <message>
        <source>while writing, colour limits and order are refitted at every tenth of growth</source>
        <translation>생성하는 동안 색 범위와 순서는 텍스트가 10분의 1씩 늘 때마다 다시 맞춥니다</translation>
    </message>
    <message>
        <source>step {t}/{steps}  “{token}”   {name} ({long})  unit {unit}  =  {value}</source>
        <translation>단계 {t}/{steps}  “{token}”   {name}({long})  유닛 {unit}  =  {value}</translation>
    </message>
</context>
<context>
    <name>InterventionView</name>
    <message>
        <source>The gate or state to clamp</source>
        <translation>고정할 게이트 또는 상태</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>모든 유닛</translation>
    </message>
    <message>
        <source>most changed 16</source>
        <translation>가장 많이 바뀐 16개</translation>
    </message>
    <message>
        <source>most changed 32</source>
        <translation>가장 많이 바뀐 32개</translation>
    </message>
    <message>
        <source>No interventions yet: pick a gate or state, then “shut (0)”, or drag the value</source>
        <translation>아직 개입이 없습니다: 게이트나 상태를 고른 뒤 “닫기(0)”를 누르거나 값을 드래그하세요</translation>
    </message>
    <message>
        <source>no interventions yet</source>
        <translation>아직 개입 없음</translation>
    </message>
    <message>
        <source>not {label}</source>
        <translation>{label} 아님</translation>
    </message>
    <message>
        <source>No intervention fits this text (their steps are past its end).</source>
        <translation>이 텍스트에 맞는 개입이 없습니다(개입한 단계가 텍스트 끝을 넘음).</translation>
    </message>
    <message>
        <source>{name} of unit {unit}</source>
        <translation>유닛 {unit}의 {name}</translation>
    </message>
    <message>
        <source>all of {name}</source>
        <translation>{name} 전체</translation>
    </message>
    <message>
        <source>{who} to {value} at step {k}</source>
        <translation>단계 {k}에서 {who}을(를) {value}(으)로</translation>
    </message>
    <message>
        <source>clamping {what} changes h of layer {layer} by up to {change} at later steps</source>
        <translation>{what} 고정하면 이후 단계에서 층 {layer}의 h가 최대 {change}만큼 바뀝니다</translation>
    </message>
    <message>
        <source>{n} clamps (first: {what}) change h of layer {layer} by up to {change} at later steps</source>
        <translation>고정 {n}개(첫째: {what})로 이후 단계에서 층 {layer}의 h가 최대 {change}만큼 바뀝니다</translation>
    </message>
    <message>
        <source>the prediction by up to {d}</source>
        <translation>예측은 최대 {d}만큼 바뀝니다</translation>
    </message>
    <message>
        <source>the top next token stays the same at every step</source>
        <translation>최상위 다음 토큰은 모든 단계에서 그대로입니다</translation>
    </message>
    <message>
        <source>the predicted class stays the same at every step</source>
        <translation>예측 클래스는 모든 단계에서 그대로입니다</translation>
    </message>
    <message>
        <source>the top next token changes at step {k} from “{old}” to “{new}”</source>
        <translation>최상위 다음 토큰이 단계 {k}에서 “{old}”에서 “{new}”(으)로 바뀝니다</translation>
    </message>
    <message>
        <source>the top next token first changes at step {k} from “{old}” to “{new}”</source>
        <translation>최상위 다음 토큰이 단계 {k}에서 처음으로 “{old}”에서 “{new}”(으)로 바뀝니다</translation>
    </message>
    <message>
        <source>the predicted class changes at step {k} from “{old}” to “{new}”</source>
        <translation>예측 클래스가 단계 {k}에서 “{old}”에서 “{new}”(으)로 바뀝니다</translation>
    </message>
    <message>
        <source>the predicted class first changes at step {k} from “{old}” to “{new}”</source>
        <translation>예측 클래스가 단계 {k}에서 처음으로 “{old}”에서 “{new}”(으)로 바뀝니다</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>The unit (click a heatmap cell to pick one)</source>
        <translation>유닛(히트맵 칸을 클릭해 고르세요)</translation>
    </message>
    <message>
        <source>Drag: the counterfactual follows</source>
        <translation>드래그하면 반사실 결과가 따라옵니다</translation>
    </message>
    <message>
        <source>shut (0)</source>
        <translation>닫기(0)</translation>
    </message>
    <message>
        <source>open (1)</source>
        <translation>열기(1)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>0으로</translation>
    </message>
    <message>
        <source>Clamp</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Clamp to the value shown</source>
        <translation>보이는 값으로 고정</translation>
    </message>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>게이트</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>마지막 변경 되돌리기(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>original</source>
        <translation>원래</translation>
    </message>
    <message>
        <source>with interventions</source>
        <translation>개입 적용</translation>
    </message>
    <message>
        <source>Open a model and type some text</source>
        <translation>모델을 열고 텍스트를 입력하세요</translation>
    </message>
    <message>
        <source>layer {k}, backward</source>
        <translation>층 {k}, 역방향</translation>
    </message>
    <message>
        <source>layer {k}</source>
        <translation>층 {k}</translation>
    </message>
    <message>
        <source>At step {k} “{token}”, {layer}: clamp</source>
        <translation>단계 {k} “{token}”, {layer}: 고정할 대상</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>inactive: {why}</source>
        <translation>비활성: {why}</translation>
    </message>
    <message>
        <source>step {k} “{token}”  {name}[{unit}]: {a} → {b}  (Δ {d})</source>
        <translation>단계 {k} “{token}”  {name}[{unit}]: {a} → {b}  (Δ {d})</translation>
    </message>
    <message>
        <source>layer {k} backward</source>
        <translation>층 {k} 역방향</translation>
    </message>
    <message>
        <source>Δ {name}, counterfactual − original ({layer})</source>
        <translation>Δ {name}, 반사실 − 원래({layer})</translation>
    </message>
    <message>
        <source>no intervention fits this text</source>
        <translation>이 텍스트에 맞는 개입 없음</translation>
    </message>
    <message>
        <source>Next token at step {k} (top {n})</source>
        <translation>단계 {k}의 다음 토큰(상위 {n}개)</translation>
    </message>
    <message>
        <source>Class at step {k}</source>
        <translation>단계 {k}의 클래스</translation>
    </message>
    <message>
        <source>Prediction at step {k}</source>
        <translation>단계 {k}의 예측</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>모델의 답</translation>
    </message>
    <message>
        <source>with interventions (none)</source>
        <translation>개입 적용(없음)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어 (English)</translation>
    </message>
</context>
<context>
    <name>LanguageOfferBar</name>
    <message>
        <source>Keep this model (not asked again while it is open)</source>
        <translation>이 모델 유지 (열려 있는 동안 다시 묻지 않음)</translation>
    </message>
    <message>
        <source>This text is Korean: {unknown} of its {count} Hangul tokens are unknown to {model}, so the gates see only &lt;unk&gt; there. {name} reads Korean one syllable a step.</source>
        <translation>이 텍스트는 한국어입니다: 한글 토큰 {count}개 중 {unknown}개를 {model} 모델이 모르므로, 그 자리에서 게이트는 &lt;unk&gt;만 봅니다. {name} 모델은 한국어를 한 스텝에 한 음절씩 읽습니다.</translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation>{name}(으)로 전환</translation>
    </message>
</context>
<context>
    <name>LossCurve</name>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open weights file…</source>
        <translation>가중치 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open weights with &amp;vocabulary…</source>
        <translation>어휘 사전과 함께 가중치 열기(&amp;V)…</translation>
    </message>
    <message>
        <source>Open se&amp;ries…</source>
        <translation>시계열 열기(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation>세션 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>세션 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>텍스트 편집(&amp;E)</translation>
    </message>
    <message>
        <source>Reset heatmap &amp;zoom</source>
        <translation>히트맵 확대 초기화(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Analysis views</source>
        <translation>분석 뷰(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Compare with another model…</source>
        <translation>다른 모델과 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>The same text through a second model, side by side</source>
        <translation>같은 텍스트를 두 번째 모델에 넣어 나란히 봅니다</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Generate (continue the text) / stop</source>
        <translation>생성(텍스트 이어 쓰기) / 멈춤(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Discard generated text</source>
        <translation>생성한 텍스트 버리기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Gate names</source>
        <translation>게이트 이름(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Gate Explorer</source>
        <translation>Gate Explorer 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Gate Explorer</source>
        <translation>Gate Explorer</translation>
    </message>
    <message>
        <source>Long run</source>
        <translation>긴 실행</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>그래도 실행</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>{0}. The old run stays on screen until then.</source>
        <translation>{0}. 그때까지 이전 실행 결과가 화면에 남습니다.</translation>
    </message>
    <message>
        <source>Weights (*.npz *.safetensors *.pt *.pth *.h5 *.hdf5 *.keras *.onnx);;All files (*)</source>
        <translation>가중치 (*.npz *.safetensors *.pt *.pth *.h5 *.hdf5 *.keras *.onnx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Gate Explorer session (*.json)</source>
        <translation>Gate Explorer 세션 (*.json)</translation>
    </message>
    <message>
        <source>running… %p%</source>
        <translation>실행 중… %p%</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>re-running the whole text (a reverse direction reads it from the end)… %p%</source>
        <translation>텍스트 전체를 다시 실행 중(역방향은 끝에서부터 읽음)… %p%</translation>
    </message>
    <message>
        <source>re-running the last {0} steps… %p%</source>
        <translation>마지막 {0}단계를 다시 실행 중… %p%</translation>
    </message>
    <message>
        <source>loading… %p%</source>
        <translation>불러오는 중… %p%</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Opened {label}</source>
        <translation>{label}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Gate names</source>
        <translation>게이트 이름</translation>
    </message>
    <message>
        <source>About Gate Explorer</source>
        <translation>Gate Explorer 정보</translation>
    </message>
    <message>
        <source>Open weights file</source>
        <translation>가중치 파일 열기</translation>
    </message>
    <message>
        <source>Vocabulary (optional)</source>
        <translation>어휘 사전(선택)</translation>
    </message>
    <message>
        <source>Vocabulary (*.txt *.json *.vocab)</source>
        <translation>어휘 사전 (*.txt *.json *.vocab)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name}을(를) 여는 중…</translation>
    </message>
    <message>
        <source>Open series</source>
        <translation>시계열 열기</translation>
    </message>
    <message>
        <source>A series is the input of a numeric model; {0} reads {1} tokens: open a numeric model (e.g. sunspots-lstm) first</source>
        <translation>시계열은 수치 모델의 입력입니다. {0}은(는) {1} 토큰을 읽습니다: 먼저 수치 모델(예: sunspots-lstm)을 여세요</translation>
    </message>
    <message>
        <source>{0} has several numeric columns. Which one is the series?</source>
        <translation>{0}에 숫자 열이 여러 개 있습니다. 어느 열이 시계열입니까?</translation>
    </message>
    <message>
        <source>Notice: {0} records no input scaling: the file&apos;s values are fed as they are, so they should be in the range the model was trained on</source>
        <translation>알림: {0}에는 입력 스케일링이 기록되어 있지 않습니다: 파일의 값을 그대로 넣으므로, 모델이 학습한 범위 안에 있어야 합니다</translation>
    </message>
    <message>
        <source>Series: {0:,} values from {1}</source>
        <translation>시계열: {1}에서 값 {0:,}개</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>Opened session {name}</source>
        <translation>세션 {name}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>session not saved: {0}</source>
        <translation>세션을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>{path}에 쓸 수 없습니다: {why}</translation>
    </message>
    <message>
        <source>Saved session to {name}</source>
        <translation>세션을 {name}에 저장했습니다</translation>
    </message>
    <message>
        <source>{name} is not a weights or session file</source>
        <translation>{name}은(는) 가중치 파일도 세션 파일도 아닙니다</translation>
    </message>
    <message>
        <source>--text held {0} byte(s) that are not UTF-8: shown as U+FFFD</source>
        <translation>--text에 UTF-8이 아닌 바이트 {0}개가 있습니다: U+FFFD로 표시합니다</translation>
    </message>
    <message>
        <source>Analysis views start closed on a screen this low: View &gt; Analysis views (Ctrl+Shift+A) opens them</source>
        <translation>화면 높이가 낮아 분석 뷰를 닫은 채로 시작합니다: 보기 &gt; 분석 뷰(Ctrl+Shift+A)로 엽니다</translation>
    </message>
    <message>
        <source>last session not restored: {0}</source>
        <translation>지난 세션을 복원하지 못했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Random LSTM</source>
        <translation>무작위 LSTM</translation>
    </message>
    <message>
        <source>Random GRU</source>
        <translation>무작위 GRU</translation>
    </message>
    <message>
        <source>Random RNN</source>
        <translation>무작위 RNN</translation>
    </message>
    <message>
        <source>file: {name}</source>
        <translation>파일: {name}</translation>
    </message>
    <message>
        <source>Model to explore</source>
        <translation>살펴볼 모델</translation>
    </message>
    <message>
        <source>Hidden size H</source>
        <translation>은닉 크기 H</translation>
    </message>
    <message>
        <source>Number of stacked layers</source>
        <translation>쌓은 층 수</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>층</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>random weights</source>
        <translation>무작위 가중치</translation>
    </message>
    <message>
        <source>This model was never trained: its gates show noise</source>
        <translation>이 모델은 학습된 적이 없습니다: 게이트에 잡음만 보입니다</translation>
    </message>
    <message>
        <source>NaN / inf values</source>
        <translation>NaN / inf 값</translation>
    </message>
    <message>
        <source>Some weights or values are NaN or infinite: shown hatched red</source>
        <translation>일부 가중치나 값이 NaN 또는 무한대입니다: 빨간 빗금으로 표시합니다</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>학습됨</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Open weights file…</source>
        <translation>가중치 파일 열기…</translation>
    </message>
    <message>
        <source>no head</source>
        <translation>헤드 없음</translation>
    </message>
    <message>
        <source>{net} · {kind} tokens · {head}</source>
        <translation>{net} · {kind} 토큰 · {head}</translation>
    </message>
    <message>
        <source>encoder-decoder: two stacks of {net} · {kind} tokens · {head} head on the decoder</source>
        <translation>인코더-디코더: {net} 스택 두 개 · {kind} 토큰 · 디코더에 {head} 헤드</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <source>Choose a recurrent module</source>
        <translation>순환 모듈 고르기</translation>
    </message>
    <message>
        <source>{file} holds {count} recurrent modules. Which one should be shown?</source>
        <translation>{file}에 순환 모듈이 {count}개 있습니다. 어느 것을 보여 줄까요?</translation>
    </message>
</context>
<context>
    <name>NoticeBadge</name>
    <message>
        <source>1 notice</source>
        <translation>알림 1개</translation>
    </message>
    <message>
        <source>{n} notices</source>
        <translation>알림 {n}개</translation>
    </message>
    <message>
        <source>A guess above changes the numbers: check it.</source>
        <translation>위의 추정 중 하나는 계산 결과를 바꿉니다: 확인하세요.</translation>
    </message>
    <message>
        <source>What the loader assumed (click for the list):</source>
        <translation>로더가 가정한 것(클릭하면 목록):</translation>
    </message>
</context>
<context>
    <name>NoticeList</name>
    <message>
        <source>How this model was read</source>
        <translation>이 모델을 읽은 방법</translation>
    </message>
    <message>
        <source>Compute with {f} instead</source>
        <translation>대신 {f}(으)로 계산</translation>
    </message>
    <message>
        <source>Show the head through {f}</source>
        <translation>헤드를 {f}(으)로 보기</translation>
    </message>
    <message>
        <source>Nothing was assumed.</source>
        <translation>가정한 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SaturationView</name>
    <message>
        <source>Type some text above to see how often each gate is shut or open</source>
        <translation>위에 텍스트를 입력하면 각 게이트가 얼마나 자주 닫히고 열리는지 보입니다</translation>
    </message>
    <message>
        <source>A ReLU RNN has no gates, and its hidden state is unbounded above: nothing saturates. Open an LSTM or GRU to see gate saturation.</source>
        <translation>ReLU RNN에는 게이트가 없고 은닉 상태에 상한이 없습니다: 포화되는 것이 없습니다. 게이트 포화를 보려면 LSTM이나 GRU를 여세요.</translation>
    </message>
    <message>
        <source>Each dot is a unit: how often its gate is shut (&amp;lt; 0.1, →) vs open (&amp;gt; 0.9, ↑) over the whole text; on the dashed line it is always one or the other</source>
        <translation>점 하나가 유닛 하나입니다: 텍스트 전체에서 게이트가 얼마나 자주 닫히는지(&amp;lt; 0.1, →)와 열리는지(&amp;gt; 0.9, ↑). 점선 위에 있으면 늘 둘 중 하나입니다</translation>
    </message>
    <message>
        <source>A plain RNN has no gates; shown instead, each dot a unit: how often its tanh hidden state is saturated, h &amp;lt; −0.9 (→) vs h &amp;gt; 0.9 (↑); on the dashed line, always</source>
        <translation>기본 RNN에는 게이트가 없어 대신 보여 줍니다. 점 하나가 유닛 하나: tanh 은닉 상태가 얼마나 자주 포화되는지, h &amp;lt; −0.9(→)와 h &amp;gt; 0.9(↑). 점선 위는 늘 포화</translation>
    </message>
    <message>
        <source>Click a dot to select its unit; hover over one for its numbers.</source>
        <translation>점을 클릭하면 그 유닛을 선택합니다. 마우스를 올리면 수치가 보입니다.</translation>
    </message>
    <message>
        <source>shut</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>steps with h &amp;lt; {lo}</source>
        <translation>h &amp;lt; {lo}인 단계</translation>
    </message>
    <message>
        <source>steps with h &amp;gt; {hi}</source>
        <translation>h &amp;gt; {hi}인 단계</translation>
    </message>
    <message>
        <source>steps shut (&amp;lt; {lo})</source>
        <translation>닫힌 단계(&amp;lt; {lo})</translation>
    </message>
    <message>
        <source>steps open (&amp;gt; {hi})</source>
        <translation>열린 단계(&amp;gt; {hi})</translation>
    </message>
    <message>
        <source>unit {unit} · {gate}
{left} {x} of steps · {right} {y}</source>
        <translation>유닛 {unit} · {gate}
{left} 단계의 {x} · {right} {y}</translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation>층 {k}/{n}</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n}단계</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>포화</translation>
    </message>
    <message>
        <source>Gate saturation</source>
        <translation>게이트 포화</translation>
    </message>
    <message>
        <source>unit {unit}</source>
        <translation>유닛 {unit}</translation>
    </message>
    <message>
        <source>(under the mouse)</source>
        <translation>(마우스 아래)</translation>
    </message>
    <message>
        <source>and {n} more dots here</source>
        <translation>이곳에 점 {n}개 더</translation>
    </message>
</context>
<context>
    <name>Seq2SeqBar</name>
    <message>
        <source>Stack</source>
        <translation>스택</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>인코더</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>디코더</translation>
    </message>
    <message>
        <source>The stack that computed the current step; choose one to go to its first step</source>
        <translation>현재 스텝을 계산한 스택; 고르면 그 스택의 첫 스텝으로 갑니다</translation>
    </message>
    <message>
        <source>empty: the decoder writes its own answer</source>
        <translation>비우면: 디코더가 스스로 답을 씁니다</translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder reads this target instead of its own answers</source>
        <translation>교사 강요: 디코더가 자신의 답 대신 이 목표를 읽습니다</translation>
    </message>
</context>
<context>
    <name>ShadeBar</name>
    <message>
        <source>layer {layer} reverse {name}[{unit}]</source>
        <translation>층 {layer} 역방향 {name}[{unit}]</translation>
    </message>
    <message>
        <source>layer {layer} {name}[{unit}]</source>
        <translation>층 {layer} {name}[{unit}]</translation>
    </message>
    <message>
        <source>Shade the text by {0} ({1})</source>
        <translation>{0}({1})(으)로 텍스트 칠하기</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>First step (Home)</source>
        <translation>첫 단계(Home)</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>이전 단계(←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>재생 / 일시정지(Space)</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>다음 단계(→)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>마지막 단계(End)</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>시간 단계</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>초당 {speed}단계</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>no tokens</source>
        <translation>토큰 없음</translation>
    </message>
    <message>
        <source>step {k} / {n}   “{token}”</source>
        <translation>단계 {k} / {n}   “{token}”</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Type or paste text here — the network re-runs as you type</source>
        <translation>여기에 텍스트를 입력하거나 붙여 넣으세요 — 입력할 때마다 신경망이 다시 실행됩니다</translation>
    </message>
    <message>
        <source>Truncate to {n} characters</source>
        <translation>{n}자로 자르기</translation>
    </message>
    <message>
        <source>Run on all of it</source>
        <translation>전부 실행</translation>
    </message>
    <message>
        <source>⚠ This text is {n} characters long; running the network on all of it may take a while. Not run yet.</source>
        <translation>⚠ 이 텍스트는 {n}자입니다. 전부 실행하면 시간이 걸릴 수 있습니다. 아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>⚠ This text is {0:,} characters long: the field shows the first {1:,} (read-only); the model reads all of it.</source>
        <translation>⚠ 이 텍스트는 {0:,}자입니다: 입력란에는 앞의 {1:,}자만 보입니다(읽기 전용). 모델은 전부 읽습니다.</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>step {k}: {token}</source>
        <translation>단계 {k}: {token}</translation>
    </message>
    <message>
        <source>Pin the selected unit</source>
        <translation>선택한 유닛 고정하기</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>고정 지우기</translation>
    </message>
    <message>
        <source>Type some text above to see it shaded by its units.</source>
        <translation>위에 텍스트를 입력하면 유닛 값으로 칠한 텍스트가 보입니다.</translation>
    </message>
    <message>
        <source>Each line of text, then one strip per unit, in its heatmap&apos;s colours. Click a token to go to its step; hover a strip for its value.</source>
        <translation>텍스트 한 줄마다 유닛별 띠를 히트맵 색으로 그립니다. 토큰을 클릭하면 그 단계로 가고, 띠에 마우스를 올리면 값이 보입니다.</translation>
    </message>
    <message>
        <source>Colour ranges estimated from {used} of {total} steps.</source>
        <translation>색 범위는 {total}단계 중 {used}단계에서 추정했습니다.</translation>
    </message>
    <message>
        <source>Select a unit (click a heatmap row or a Find units result) to shade the text by it; pin units to compare several.</source>
        <translation>유닛을 선택하면(히트맵 행이나 유닛 찾기 결과를 클릭) 그 값으로 텍스트를 칠합니다. 여러 유닛을 비교하려면 고정하세요.</translation>
    </message>
</context>
<context>
    <name>TrainActions</name>
    <message>
        <source>&amp;Train a model…</source>
        <translation>모델 학습(&amp;T)…</translation>
    </message>
    <message>
        <source>Train a model on a bundled task and watch it learn</source>
        <translation>번들 과제로 모델을 학습시키며 배우는 모습을 봅니다</translation>
    </message>
    <message>
        <source>Training: step {0} of {1} (Ctrl+T shows it)</source>
        <translation>학습 중: 단계 {0}/{1}(Ctrl+T로 보기)</translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <source>Train a model</source>
        <translation>모델 학습</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>셀</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>은닉 크기</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Held-out check</source>
        <translation>보류 데이터 검사</translation>
    </message>
    <message>
        <source>as on the model card</source>
        <translation>모델 카드와 같게</translation>
    </message>
    <message>
        <source>Held-out sequences per condition measured at the end (0: as on the card)</source>
        <translation>끝에 조건마다 측정할 보류 시퀀스 수(0: 카드와 같게)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <source>Keep the model as a bundle (the format of the bundled models) and open it</source>
        <translation>모델을 번들(번들 모델과 같은 형식)로 저장하고 엽니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Training goes on in the background</source>
        <translation>학습은 뒤에서 계속됩니다</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>단계 %v / %m</translation>
    </message>
    <message>
        <source>Press Train: the window shows the model learning on its text.</source>
        <translation>학습을 누르세요: 창이 자기 텍스트에서 모델이 배우는 모습을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Save the trained {0} as a bundle</source>
        <translation>학습한 {0}을(를) 번들로 저장</translation>
    </message>
    <message>
        <source>Gate Explorer bundle (*.npz)</source>
        <translation>Gate Explorer 번들 (*.npz)</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Saved {0} and opened it.</source>
        <translation>{0}을(를) 저장하고 열었습니다.</translation>
    </message>
    <message>
        <source>All {0} steps done; measuring on held-out data…</source>
        <translation>{0}단계를 모두 마쳤습니다. 보류 데이터로 측정하는 중…</translation>
    </message>
    <message>
        <source>Finished in {0}. Held out: {1}. Save the model to keep it.</source>
        <translation>{0} 만에 끝났습니다. 보류 데이터: {1}. 모델을 남기려면 저장하세요.</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2:.4f}, {3} elapsed. The window shows another model; Save model… opens this one once it is done.</source>
        <translation>단계 {0}/{1}, 손실 {2:.4f}, {3} 경과. 창에는 다른 모델이 보입니다. 끝나면 모델 저장…으로 이 모델을 엽니다.</translation>
    </message>
    <message>
        <source>Step {0} of {1}, loss {2:.4f}, {3} elapsed. The heatmaps show the weights of step {4}.</source>
        <translation>단계 {0}/{1}, 손실 {2:.4f}, {3} 경과. 히트맵은 단계 {4}의 가중치를 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>A model is being trained already: stop it first.</source>
        <translation>이미 모델을 학습하고 있습니다: 먼저 멈추세요.</translation>
    </message>
    <message>
        <source>Training stopped at step {0}.</source>
        <translation>단계 {0}에서 학습을 멈췄습니다.</translation>
    </message>
    <message>
        <source>There is no trained model to save yet.</source>
        <translation>아직 저장할 학습된 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Training is still running: wait or stop it first.</source>
        <translation>학습이 아직 진행 중입니다: 기다리거나 먼저 멈추세요.</translation>
    </message>
    <message>
        <source>{0} (training, step {1})</source>
        <translation>{0}(학습 중, 단계 {1})</translation>
    </message>
    <message>
        <source>Training finished: save the model to keep it.</source>
        <translation>학습이 끝났습니다: 모델을 남기려면 저장하세요.</translation>
    </message>
    <message>
        <source>The model being trained could not be kept in {0}: {1}</source>
        <translation>학습 중인 모델을 {0}에 보관할 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>UnitFinderView</name>
    <message>
        <source>step {k}: {token} · inside {n}</source>
        <translation>단계 {k}: {token} · 안쪽 {n}</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>안쪽</translation>
    </message>
    <message>
        <source>pick a row</source>
        <translation>행을 고르세요</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>gate / state</source>
        <translation>게이트 / 상태</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>the selected span</source>
        <translation>선택한 구간</translation>
    </message>
    <message>
        <source>What the units should track: the tokens you selected in the chips above
(shift+click or drag across them), or a preset</source>
        <translation>유닛이 추적해야 할 것: 위 칩에서 선택한 토큰
(Shift+클릭 또는 드래그), 또는 미리 정한 항목</translation>
    </message>
    <message>
        <source>Find units</source>
        <translation>유닛 찾기</translation>
    </message>
    <message>
        <source>Rank every unit of every layer by |r| with the amber tokens</source>
        <translation>모든 층의 모든 유닛을 호박색 토큰과의 |r|로 순위를 매깁니다</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>표시 지우기</translation>
    </message>
    <message>
        <source>Remove the ★ marks, the results and the selected span</source>
        <translation>★ 표시, 결과, 선택한 구간을 지웁니다</translation>
    </message>
    <message>
        <source>Click a row to show its layer and select its unit</source>
        <translation>행을 클릭하면 그 층을 보여 주고 유닛을 선택합니다</translation>
    </message>
    <message>
        <source>Find units that track</source>
        <translation>추적하는 유닛 찾기</translation>
    </message>
    <message>
        <source>in</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>The text is empty: type or paste some text to find units in.</source>
        <translation>텍스트가 비어 있습니다: 유닛을 찾을 텍스트를 입력하거나 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>No span selected: shift+click two token chips above (or drag across them) to select the tokens to explain, or pick a preset.</source>
        <translation>선택한 구간이 없습니다: 위의 토큰 칩 두 개를 Shift+클릭(또는 드래그)해 설명할 토큰을 선택하거나 미리 정한 항목을 고르세요.</translation>
    </message>
    <message>
        <source>The selected span covers every token: nothing is left outside it to compare with. Select fewer tokens.</source>
        <translation>선택한 구간이 모든 토큰을 덮습니다: 비교할 바깥 토큰이 없습니다. 토큰을 더 적게 선택하세요.</translation>
    </message>
    <message>
        <source>“{label}” holds for every token of this text: the indicator is constant, so nothing can correlate with it. Use a text where it changes.</source>
        <translation>“{label}”이(가) 이 텍스트의 모든 토큰에 해당합니다: 지표가 상수라 어떤 것도 상관될 수 없습니다. 지표가 바뀌는 텍스트를 쓰세요.</translation>
    </message>
    <message>
        <source>“{label}” holds for no token of this text: the indicator is constant, so nothing can correlate with it. Use a text where it changes.</source>
        <translation>“{label}”이(가) 이 텍스트의 어떤 토큰에도 해당하지 않습니다: 지표가 상수라 어떤 것도 상관될 수 없습니다. 지표가 바뀌는 텍스트를 쓰세요.</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>all gates and states</source>
        <translation>모든 게이트와 상태</translation>
    </message>
    <message>
        <source>{long} {name} only</source>
        <translation>{long} {name}만</translation>
    </message>
    <message>
        <source>{n} in the shown layer (bold)</source>
        <translation>보이는 층에 {n}개(굵게)</translation>
    </message>
    <message>
        <source>none in the shown layer</source>
        <translation>보이는 층에는 없음</translation>
    </message>
    <message>
        <source> — switch layer to see the others</source>
        <translation> — 나머지를 보려면 층을 바꾸세요</translation>
    </message>
    <message>
        <source>Best {n} units for “{label}” ({inside} of {total} tokens inside), by |r|. ★ marks them in the heatmaps: {where}{more}. Click a row to show its unit.</source>
        <translation>“{label}”에 가장 잘 맞는 유닛 {n}개(토큰 {total}개 중 {inside}개가 안쪽), |r| 순. 히트맵에 ★로 표시합니다: {where}{more}. 행을 클릭하면 그 유닛을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Press Find units to rank every unit by how well it follows the amber tokens.</source>
        <translation>유닛 찾기를 누르면 모든 유닛을 호박색 토큰을 얼마나 잘 따르는지로 순위를 매깁니다.</translation>
    </message>
</context>
<context>
    <name>UnitPlot</name>
    <message>
        <source>Click a row in the heatmaps to follow a unit over time</source>
        <translation>히트맵의 행을 클릭하면 유닛을 시간에 따라 봅니다</translation>
    </message>
    <message>
        <source>Type some text above, then click a row in the heatmaps</source>
        <translation>위에 텍스트를 입력한 뒤 히트맵의 행을 클릭하세요</translation>
    </message>
    <message>
        <source>unit {unit}</source>
        <translation>유닛 {unit}</translation>
    </message>
    <message>
        <source>layer {k}/{n}</source>
        <translation>층 {k}/{n}</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>게이트</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>current step {k}/{n}</source>
        <translation>현재 단계 {k}/{n}</translation>
    </message>
    <message>
        <source>step {k}/{n}</source>
        <translation>단계 {k}/{n}</translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <source>unit number</source>
        <translation>유닛 번호</translation>
    </message>
    <message>
        <source>mean activation</source>
        <translation>평균 활성값</translation>
    </message>
    <message>
        <source>similarity (clustered)</source>
        <translation>유사도(군집)</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>Order of the units (rows); computed from the hidden state h</source>
        <translation>유닛(행)의 순서: 은닉 상태 h로 계산합니다</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Show only the k most active units (mean |h|); 0 shows all</source>
        <translation>가장 활발한 유닛 k개만 보기(평균 |h|). 0이면 전체</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Sort units by</source>
        <translation>유닛 정렬 기준</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{n}개 중 {k}</translation>
    </message>
</context>
<context>
    <name>_ChipCanvas</name>
    <message>
        <source>known</source>
        <translation>알려진 토큰</translation>
    </message>
    <message>
        <source>UNKNOWN: {0}</source>
        <translation>알 수 없음: {0}</translation>
    </message>
    <message>
        <source>step {k}: {text} (chars {start}-{end}, id {id}, {state})</source>
        <translation>단계 {k}: {text}(문자 {start}-{end}, id {id}, {state})</translation>
    </message>
    <message>
        <source>shift+click or drag across chips to select a span</source>
        <translation>Shift+클릭하거나 칩 위로 드래그해 구간을 선택하세요</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Right</source>
        <translation>→</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>←</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>첫 단계</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>last step</source>
        <translation>마지막 단계</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>10 steps back / forward</source>
        <translation>10단계 뒤로 / 앞으로</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>재생 / 일시정지</translation>
    </message>
    <message>
        <source>edit the text</source>
        <translation>텍스트 편집</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc 키</translation>
    </message>
    <message>
        <source>leave the text field (back to the heatmaps)</source>
        <translation>텍스트 입력란에서 나가기(히트맵으로 돌아감)</translation>
    </message>
    <message>
        <source>open a weights file</source>
        <translation>가중치 파일 열기</translation>
    </message>
    <message>
        <source>open a session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>save the session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>export the view as an image</source>
        <translation>뷰를 이미지로 내보내기</translation>
    </message>
    <message>
        <source>copy the view to the clipboard</source>
        <translation>뷰를 클립보드에 복사</translation>
    </message>
    <message>
        <source>reset the heatmap zoom</source>
        <translation>히트맵 확대 초기화</translation>
    </message>
    <message>
        <source>show / hide the analysis views</source>
        <translation>분석 뷰 보이기 / 숨기기</translation>
    </message>
    <message>
        <source>generate: the model continues the text (again: stop)</source>
        <translation>생성: 모델이 텍스트를 이어 씁니다(다시 누르면 멈춤)</translation>
    </message>
    <message>
        <source>discard the generated text</source>
        <translation>생성한 텍스트 버리기</translation>
    </message>
    <message>
        <source>train a model on a bundled task and watch it learn</source>
        <translation>번들 과제로 모델을 학습시키며 배우는 모습 보기</translation>
    </message>
    <message>
        <source>compare with another model</source>
        <translation>다른 모델과 비교</translation>
    </message>
    <message>
        <source>undo the last intervention (in the Interventions tab)</source>
        <translation>마지막 개입 되돌리기(개입 탭에서)</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>이 목록</translation>
    </message>
    <message>
        <source>Step keys work from anywhere in the window except inside the text field, where Left/Right move the caret. Press Escape to leave the text field.</source>
        <translation>단계 키는 텍스트 입력란을 뺀 창 어디에서나 작동합니다. 입력란에서는 ←/→가 커서를 옮깁니다. Esc를 누르면 입력란에서 나갑니다.</translation>
    </message>
    <message>
        <source>Gate Explorer {version}</source>
        <translation>Gate Explorer {version}</translation>
    </message>
    <message>
        <source>Step through the gates of LSTM, GRU and RNN networks on your own text. Computed by an embedded NumPy engine.</source>
        <translation>직접 쓴 텍스트로 LSTM, GRU, RNN 신경망의 게이트를 한 단계씩 살펴봅니다. 내장된 NumPy 엔진으로 계산합니다.</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>state, centred on 0</source>
        <translation>상태, 0이 가운데</translation>
    </message>
    <message>
        <source>centred on 0; the largest 10% saturate</source>
        <translation>0이 가운데, 가장 큰 10%는 포화</translation>
    </message>
    <message>
        <source>{cell} gates and states</source>
        <translation>{cell} 게이트와 상태</translation>
    </message>
    <message>
        <source>Blue→white→red: negative→0→positive.&lt;br&gt;White→blue: 0→1. Hatched red: NaN.&lt;br&gt;Orange box: current step; later steps are veiled.</source>
        <translation>파랑→흰색→빨강: 음수→0→양수.&lt;br&gt;흰색→파랑: 0→1. 빨간 빗금: NaN.&lt;br&gt;주황 상자: 현재 단계. 이후 단계는 흐리게 가려집니다.</translation>
    </message>
</context>
</TS>
