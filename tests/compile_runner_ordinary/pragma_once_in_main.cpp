#pragma once
int main() {}
