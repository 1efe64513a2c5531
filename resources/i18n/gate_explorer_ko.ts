<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
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
        <source>embedding rows</source>
        <translation>임베딩 행</translation>
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
        <source>the head is linear over {n} outputs (logits, as for a loss with from_logits=True): showing their softmax</source>
        <translation>헤드가 출력 {n}개에 대해 선형입니다(from_logits=True 손실처럼 로짓): 그 softmax를 보여 줍니다</translation>
    </message>
    <message>
        <source>{layer} reads {inputs}, not the previous recurrent layer</source>
        <translation>{layer}은(는) 이전 순환 층이 아니라 {inputs}을(를) 읽습니다</translation>
    </message>
    <message>
        <source>no model config in the file: layers taken in their saved order ({order}){how}, told apart by the shapes of their weights, with the default activations of {keras}</source>
        <translation>파일에 모델 설정이 없습니다: 층을 저장된 순서({order}){how}대로 가져와 가중치 모양으로 구분하고, {keras}의 기본 활성화 함수를 씁니다</translation>
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
        <source>{layer}: the file has no config; Keras {version} (before 2.3) defaulted to recurrent_activation=&apos;hard_sigmoid&apos;, so the gates use Keras 2&apos;s hard sigmoid clip(0.2x + 0.5, 0, 1)</source>
        <translation>{layer}: 파일에 설정이 없습니다. Keras {version}(2.3 이전)의 기본값은 recurrent_activation=&apos;hard_sigmoid&apos;이므로 게이트에 Keras 2의 hard sigmoid clip(0.2x + 0.5, 0, 1)을 씁니다</translation>
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
        <source>{file} is a TorchScript archive: only its weights were read (its code was not run); {module} ({cls}) is computed as the standard torch.nn module</source>
        <translation>{file}은(는) TorchScript 아카이브입니다: 가중치만 읽었습니다(코드는 실행하지 않음). {module}({cls})은(는) 표준 torch.nn 모듈로 계산합니다</translation>
    </message>
    <message>
        <source>{what} is an input of the graph: computed from zeros</source>
        <translation>{what}은(는) 그래프의 입력입니다: 0에서 시작해 계산합니다</translation>
    </message>
    <message>
        <source>{where}: sequence_lens is ignored: every step is computed</source>
        <translation>{where}: sequence_lens는 무시합니다: 모든 단계를 계산합니다</translation>
    </message>
    <message>
        <source>the recurrent nodes do not all read the text the same way (a direction=&apos;reverse&apos; node reads it from the end, as a bidirectional layer&apos;s backward direction does): shown as bidirectional layers whose missing directions are empty (no weights, every value 0): {list}; the numbers are the file&apos;s</source>
        <translation>순환 노드가 모두 같은 방향으로 텍스트를 읽지는 않습니다(direction=&apos;reverse&apos; 노드는 양방향 층의 역방향처럼 끝에서부터 읽음): 빠진 방향이 비어 있는(가중치 없음, 모든 값 0) 양방향 층으로 보여 줍니다: {list}. 수치는 파일의 것입니다</translation>
    </message>
    <message>
        <source>the graph&apos;s output cannot be computed ({what} read the recurrent layers): showing the recurrent layers without predictions</source>
        <translation>그래프의 출력을 계산할 수 없습니다({what}이(가) 순환 층을 읽음): 예측 없이 순환 층만 보여 줍니다</translation>
    </message>
    <message>
        <source>recurrent nodes not loaded (they do not read the stack): {list}</source>
        <translation>불러오지 않은 순환 노드(스택을 읽지 않음): {list}</translation>
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
        <source>sampled from softmax(logits / {t}), top {k}</source>
        <translation>softmax(logits / {t})에서 뽑음, 상위 {k}개</translation>
    </message>
    <message>
        <source>sampled from softmax(logits / {t})</source>
        <translation>softmax(logits / {t})에서 뽑음</translation>
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
        <source>no model</source>
        <translation>모델 없음</translation>
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
        <source>{reason}; its cache folder is not writable, so it compiles again</source>
        <translation>{reason}; 캐시 폴더에 쓸 수 없어 다시 컴파일합니다</translation>
    </message>
    <message>
        <source>the compiled engine failed to load ({error}); NumPy runs</source>
        <translation>컴파일된 엔진을 불러오지 못했습니다({error}). NumPy로 실행합니다</translation>
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
        <source>compiled step loop</source>
        <translation>컴파일된 단계 루프</translation>
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
        <source>both, as an encoder-decoder: {a}&apos;s final state starts {b}</source>
        <translation>둘 다, 인코더-디코더로: {a}의 마지막 상태가 {b}를 시작합니다</translation>
    </message>
    <message>
        <source>read as an encoder-decoder: {enc}&apos;s final (h, c) starts {dec}, which reads its previous answer at every step</source>
        <translation>인코더-디코더로 읽었습니다: {enc}의 마지막 (h, c)가 {dec}를 시작하고, 그 디코더는 매 스텝 자신의 이전 답을 읽습니다</translation>
    </message>
    <message>
        <source>the file has no target vocabulary: the decoder&apos;s tokens are named by id, id 0 read as &lt;s&gt; (start) and id 1 as &lt;/s&gt; (end), as in PyTorch&apos;s seq2seq tutorial (SOS_token = 0, EOS_token = 1)</source>
        <translation>파일에 출력 어휘가 없습니다: 디코더의 토큰은 id로 이름을 붙였고, PyTorch seq2seq 튜토리얼처럼 (SOS_token = 0, EOS_token = 1) id 0은 &lt;s&gt; (시작), id 1은 &lt;/s&gt; (끝)로 읽었습니다</translation>
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
        <source>the encoder has no answer to take a loss at: choose a decoder step (from step {first})</source>
        <translation>인코더에는 손실을 잡을 답이 없습니다: 디코더 스텝을 고르세요 (스텝 {first}부터)</translation>
    </message>
    <message>
        <source>at step {n} (decoder step {k})</source>
        <translation>스텝 {n} (디코더 스텝 {k})에서</translation>
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
    <name>Interventions</name>
    <message>
        <source>could not apply the interventions: {error}</source>
        <translation>개입을 적용할 수 없습니다: {error}</translation>
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
        <source>Training failed: {0}</source>
        <translation>학습에 실패했습니다: {0}</translation>
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
