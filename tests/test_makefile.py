"""The Makefile's step runner: steps in order, and two lanes at once with the second one's output in logs."""

import os
import signal
import subprocess
import time

# Extra targets for the project's Makefile (GNU make reads MAKEFILES first, in every sub-make too).
STEPS_MK = """
$(T)/one:
\tfor i in $$(seq 300); do [ -e $(T)/two-started ] && break; sleep 0.1; done; [ -e $(T)/two-started ] && touch $@
$(T)/two:
\ttouch $(T)/two-started; echo lane two says hello; touch $@
$(T)/bad:
\techo something went wrong; exit 3
$(T)/long-%:
\ttouch $(T)/started-$*; sleep 61.25; touch $@
"""


def _make(repo_root, tmp_path, *args):
    mk = tmp_path / "steps.mk"
    mk.write_text(STEPS_MK)
    env = {**os.environ, "MAKEFILES": str(mk)}
    return subprocess.run(["make", "--no-print-directory", *args, f"T={tmp_path}", f"ARTIFACTS={tmp_path / 'art'}"],
                          cwd=repo_root, capture_output=True, text=True, env=env, timeout=120)


def test_lanes_run_at_once_and_the_second_lane_writes_to_its_log(repo_root, tmp_path):
    # Lane 1's step finishes only once lane 2's step has started: the lanes must overlap.
    done = tmp_path / "done"
    done.touch()
    run = _make(repo_root, tmp_path, "run-lanes", f"LANE_1=one:{tmp_path}/one", f"LANE_2=first:{done} two:{tmp_path}/two",
                "STEP_FIRST=2", "STEP_TOTAL=5")
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "one").exists() and (tmp_path / "two").exists()
    assert "== [3/5] one (lane 1)" in run.stdout and "== [3/5] one (lane 1): " in run.stdout
    assert f"== [4/5] first (lane 2): done already ({done})" in run.stdout
    log = tmp_path / "art" / "logs" / "two.log"
    assert f"== [5/5] two (lane 2): started, output in {log}" in run.stdout
    assert "lane two says hello" in log.read_text() and "lane two says hello" not in run.stdout


def test_a_failed_step_in_the_second_lane_fails_the_run_and_shows_its_output(repo_root, tmp_path):
    run = _make(repo_root, tmp_path, "run-lanes", f"LANE_1=two:{tmp_path}/two", f"LANE_2=bad:{tmp_path}/bad")
    assert run.returncode != 0
    assert (tmp_path / "two").exists()  # the other lane still finished its step
    assert "something went wrong" in run.stdout and "bad (lane 2): failed" in run.stdout
    assert "lane 2 failed" in run.stderr


def test_steps_in_order_skip_finished_files(repo_root, tmp_path):
    done = tmp_path / "done"
    done.touch()
    run = _make(repo_root, tmp_path, "run-steps", f"STEPS=first:{done} two:{tmp_path}/two")
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"== [1/2] first: done already ({done})" in run.stdout
    assert "== [2/2] two\n" in run.stdout and "lane two says hello" in run.stdout and "== [2/2] two: " in run.stdout


def test_ctrl_c_stops_both_lanes(repo_root, tmp_path):
    mk = tmp_path / "steps.mk"
    mk.write_text(STEPS_MK)
    # A terminal's Ctrl-C: SIGINT to the foreground process group, whose signals are not ignored.
    make = subprocess.Popen(
        ["make", "--no-print-directory", "run-lanes", f"T={tmp_path}", f"ARTIFACTS={tmp_path / 'art'}",
         f"LANE_1=one:{tmp_path}/long-1", f"LANE_2=two:{tmp_path}/long-2"],
        cwd=repo_root, env={**os.environ, "MAKEFILES": str(mk)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"started-{i}").exists() for i in (1, 2)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all((tmp_path / f"started-{i}").exists() for i in (1, 2)), "the lanes did not both start"
    os.killpg(make.pid, signal.SIGINT)
    assert make.wait(timeout=60) != 0
    time.sleep(0.5)
    left = subprocess.run(["pgrep", "-f", "sleep 61.25"], capture_output=True, text=True).stdout
    assert left == "", f"steps still running after Ctrl-C: {left}"
    assert not (tmp_path / "long-1").exists() and not (tmp_path / "long-2").exists()
