"""Gradio Space for the compile_success metric (evaluate's standard metric widget).

The Space image needs g++ (packages.txt lists it); bubblewrap is used when present.
"""

import evaluate
from evaluate.utils import launch_gradio_widget

module = evaluate.load("compile_success.py")
launch_gradio_widget(module)
