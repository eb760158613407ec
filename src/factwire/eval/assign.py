"""Optimal one-to-one assignment (Hungarian method), so a score never depends on event order.

A greedy pairing can give away a prediction to the wrong gold event and miss a match an
optimal pairing would find; articles rarely hold more than a few dozen events of one kind,
so the O(n^3) exact method costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence


def assign(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Pairs ``(row, col)`` maximising the total weight; pairs of weight <= 0 are left out.

    ``weights`` is a rows x cols matrix (rows may differ from cols); a weight of 0 or less
    means "may not be paired".
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    n = max(rows, cols)
    top = max(max(r) for r in weights)
    # Square cost matrix: minimising (top - weight) maximises weight; padding costs `top`.
    cost = [[top - (weights[i][j] if i < rows and j < cols and weights[i][j] > 0 else 0)
             for j in range(n)] for i in range(n)]
    col_of_row = _hungarian(cost)
    return [(i, j) for i, j in enumerate(col_of_row)
            if i < rows and j < cols and weights[i][j] > 0]


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost perfect matching of a square matrix; returns the column of each row."""
    n = len(cost)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match = [0] * (n + 1)  # match[col] = row (1-based; 0 = free)
    for row in range(1, n + 1):
        match[0] = row
        j0 = 0
        minv = [inf] * (n + 1)
        way = [0] * (n + 1)
        used = [False] * (n + 1)
        while match[j0] != 0:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    col_of_row = [0] * n
    for j in range(1, n + 1):
        col_of_row[match[j] - 1] = j - 1
    return col_of_row
