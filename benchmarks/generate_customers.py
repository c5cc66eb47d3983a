"""Deterministic synthetic customers: people from many cultures and scripts, companies, and a
known share of perturbed listed names taken from the screening index.

    .venv/bin/python benchmarks/generate_customers.py 1000000 /tmp/customers-1m.csv

Same arguments, same file (``--seed``). Columns: id,name,schema,birth_date,country; the
``expected`` column (``listed`` for a perturbed listed name, else empty) tells which rows were
planted, so recall can be read off the batch output.

Realism targets, so batch throughput is not flattered by repetition: 80% people (14 romanised
cultures; 7% of people in Arabic, Cyrillic, Han, Hangul, Devanagari or Japanese script) and 20%
companies; names drawn with Zipf weights 1/(rank+1)^0.9 from 55+55 given and 125 family names per
culture (62 Vietnamese); ~30% second given names, two family names for 60% of Spanish/Portuguese
people, patronymics, Vietnamese and Chinese family-first order; ``--invented-share`` (default 0.25)
made-up family and company words as the long tail. Measured at 1,000,000 rows (seed 42,
``--listed-share 0``, ~10 s): 75.5% distinct names (67.9% of rows have a name that occurs once),
12.7% distinct lowercase tokens; at 100,000 rows, default listed share: 90.5% and 27.0%.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import time
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple


def _blocks(text: str) -> dict[str, list[tuple[str, ...]]]:
    """``key: pool | pool ...`` blocks; a pool lists names commonest first, separated by
    whitespace, with ``_`` for the space inside one name (``María_José``, ``Dela_Cruz``)."""
    parts = re.split(r"^([\w-]+):", text, flags=re.MULTILINE)
    return {
        key: [tuple(name.replace("_", " ") for name in pool.split()) for pool in body.split("|")]
        for key, body in zip(parts[1::2], parts[2::2], strict=True)
    }


#: Romanised names per culture (male given | female given | family), census-style frequent names.
_PEOPLE = """
en: James John Robert Michael William David Richard Joseph Thomas Christopher Charles Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Patrick Frank Raymond Jack Dennis Peter Gerald Keith Roger Terry Sean | Mary
Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret
Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon
Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine
Christine Helen Debra Rachel Carolyn Janet Catherine Heather Ruth Virginia Diane Julie Joyce
Victoria | Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill
Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards
Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward
Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell
Jenkins Perry Russell Sullivan Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan
Reynolds Hamilton Graham Wallace Cole West Stevens Ellis Kennedy Marshall Hunt Palmer Walsh Clarke
Hall Shaw Harrison O'Brien Lloyd Mason Dixon Knight Webb Holmes Mills Fox Rose Lane Spencer Stone
Warren Burke Hart Fletcher Pearson Chapman Harvey Gibson Hunter Grant Robertson Murray Owen
es: José Juan Luis Carlos Jorge Juan_Carlos Antonio Manuel José_Luis Francisco Miguel Pedro Jesús
Alejandro Miguel_Ángel David Javier José_Antonio Fernando Rafael Ricardo Daniel Juan_Pablo Eduardo
Roberto Sergio Andrés Diego Luis_Fernando Pablo Alberto Raúl Mario Óscar Héctor Víctor Juan_José
Enrique Gabriel Ángel Julio Ramón José_Manuel Sebastián Santiago Mateo Arturo Gustavo Alfredo
Ernesto Guillermo José_Gregorio Jhon Wilmer Felipe | María Carmen María_José Ana Isabel Laura Rosa
Ana_María Lucía Patricia María_del_Carmen Gabriela Andrea María_Fernanda Daniela Sofía Valentina
Camila Elena Marta Cristina Paula Sara Alejandra Adriana Claudia Verónica María_Elena Mónica Diana
Natalia Carolina Paola Marisol Guadalupe Luz_Marina Juana Teresa Pilar Silvia Beatriz Raquel Lorena
Yolanda Gloria Mariana Ximena Luz Yuliana Josefina Dayana Leticia Yesenia Margarita María_Guadalupe
| García Rodríguez Martínez López Hernández González Pérez Sánchez Ramírez Torres Flores Rivera
Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Jiménez Ruiz Álvarez Romero Mendoza Vargas Castillo
Moreno Muñoz Rojas Herrera Medina Aguilar Castro Ramos Fernández Chávez Vásquez Guerrero Suárez
Ortega Delgado Navarro Domínguez Molina Vega Marín Sosa Contreras Guzmán Rubio Iglesias Núñez
Salazar Cabrera Estrada Figueroa Peña Cortés Acosta Campos Cárdenas Rincón Parra Osorio Mejía
Giraldo Londoño Restrepo Zapata Cardona Ospina Quintero Montoya Carvajal Valencia Arango Duarte
Blanco Serrano Cano Prieto Ibáñez Gil Vidal Lozano Pacheco Escobar Padilla Ríos Maldonado Villanueva
Valdez Salinas Bermúdez Paredes Sandoval Velásquez León Miranda Luna Soto Silva Méndez Cordero Mora
Bravo Pineda Espinoza Fuentes Ponce Aguirre Vera Benítez Tapia Castañeda Zamora Rosales Arias
Villalobos Toro Franco Cuevas Beltrán Lara Solís
pt: José João Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Luís Gabriel Rafael Daniel
Marcelo Bruno Eduardo Felipe Raimundo Rodrigo Manuel Mateus André Fernando Fábio Leonardo Gustavo
Guilherme Leandro Tiago Anderson Ricardo Márcio Jorge Sebastião Alexandre Roberto Diego Sérgio
Cláudio Vítor Rui Nuno Miguel Diogo Gonçalo Henrique Joaquim Matheus João_Pedro José_Carlos
Luiz_Carlos João_Paulo Carlos_Eduardo Renato | Maria Ana Francisca Antônia Adriana Juliana Márcia
Fernanda Patrícia Aline Sandra Camila Amanda Bruna Jéssica Letícia Júlia Luciana Vanessa Mariana
Gabriela Vera Beatriz Larissa Rita Sónia Inês Catarina Joana Marta Cristina Raquel Daniela Tânia
Sofia Carla Helena Rosa Lúcia Simone Renata Débora Priscila Tatiane Isabel Teresa Luana
Maria_Eduarda Ana_Paula Maria_José Ana_Clara Maria_Aparecida Maria_de_Fátima Cláudia Regina | Silva
Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho
Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques
Machado Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Pinto Correia Monteiro Moura
Cavalcanti Nogueira Campos Castro Batista Fonseca Cunha Borges Reis Melo Sousa Azevedo Coelho
Tavares Magalhães Miranda Farias Brito Pires Amaral Jesus Leite Barros Matos Sampaio Lacerda
Medeiros Guimarães Cruz Siqueira Queiroz Macedo Xavier Rezende Assis Pacheco Bezerra Duarte Morais
Simões Figueiredo Antunes Neves Loureiro Valente da_Silva dos_Santos de_Souza de_Oliveira da_Costa
de_Jesus Carneiro Vasconcelos Prado Aguiar Toledo Brandão Rangel Peixoto Sales Paiva Viana Franco
Fontes Galvão Garcia Henriques Leal Lobo Lourenço Maia Mota Mourão Novaes Paz Pimentel Portela
Rebelo Sá Salgado Seixas Serrano Torres Vaz Veloso
fr: Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Bernard Éric Frédéric
Laurent Stéphane David Julien Pascal Thierry Olivier Sébastien François Jacques Thomas Claude Henri
Louis Dominique Gérard Vincent René Didier Antoine Maxime Alexandre Guillaume Romain Christian Marc
Paul Hugo Lucas Mathieu Jérôme Bruno Yves Serge Fabrice Cédric Benoît Arnaud Jean-Pierre Jean-Claude
Jean-Luc Jean-François Jean-Marc | Marie Nathalie Isabelle Sylvie Catherine Françoise Martine
Christine Monique Valérie Sophie Nicole Sandrine Stéphanie Véronique Céline Chantal Anne Julie
Aurélie Camille Émilie Caroline Laurence Brigitte Patricia Jacqueline Michèle Élodie Hélène Virginie
Claire Léa Manon Chloé Juliette Pauline Mathilde Lucie Audrey Delphine Florence Corinne Danielle
Denise Agnès Annie Marie-Claude Anne-Marie Marie-Christine Marie-Thérèse Jeanne Odile Colette
Josiane | Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier
Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry
Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson
Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas
Meunier Perez Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez
Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard
Lacroix Fabre Dupuis Hubert Guillot Rivière Le_Gall Moulin Berger Lecomte Fleury Deschamps
Carpentier Poirier Maréchal Bailly Rey Gilbert Lefort Barre Boucher Bouvier Cordier Besson Texier
Lejeune Jacob Leblanc Perret Collin Bouchet Hamon Mallet
de: Peter Michael Thomas Andreas Wolfgang Klaus Jürgen Stefan Christian Uwe Werner Hans Frank Bernd
Martin Markus Matthias Günter Alexander Dieter Manfred Ralf Sven Jörg Tobias Jan Helmut Dirk Daniel
Sebastian Florian Lukas Jonas Maximilian Felix Paul Leon Horst Heinz Karl Gerhard Rainer Holger
Torsten Harald Norbert Oliver Kai Dennis Karl-Heinz Hans-Peter Gerd Jens Detlef Reinhard | Ursula
Sabine Monika Petra Elisabeth Renate Helga Karin Brigitte Ingrid Andrea Gabriele Claudia Susanne
Christine Birgit Barbara Heike Anja Katrin Nicole Stefanie Julia Anna Katharina Laura Lena Sarah Lea
Hannah Sandra Martina Angelika Gisela Erika Marion Silke Kerstin Tanja Doris Jutta Christa Bettina
Melanie Simone Manuela Anke Maria Sophie Marie Hildegard Ute Ilse Waltraud Gudrun | Müller Schmidt
Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf
Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz
Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs
Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger
Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin
Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf
Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff
Pfeiffer Schumann Thiele Böttcher Ernst Beyer Lindner Wolter Kraft Hansen Franz Schenk Wendt Jakob
Marx Voss Nowak Paul Haase Ritter Vogl Bender Stahl Schütz Kirchner Hermann
it: Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco
Domenico Bruno Paolo Michele Giorgio Aldo Sergio Luciano Marco Alessandro Andrea Luca Stefano
Roberto Massimo Fabio Davide Simone Matteo Lorenzo Riccardo Federico Gabriele Emanuele Daniele
Claudio Enrico Maurizio Alberto Raffaele Nicola Gianluca Filippo Tommaso Leonardo Alessio Cristian
Gianni Vittorio Giacomo Ugo Renato Sandro | Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia
Carmela Caterina Francesca Antonietta Carla Elena Concetta Rita Margherita Franca Paola Giulia
Chiara Sara Martina Valentina Alessandra Federica Silvia Laura Elisa Roberta Barbara Monica Cristina
Daniela Simona Stefania Sofia Aurora Alice Ginevra Emma Giorgia Beatrice Serena Ilaria Luisa
Patrizia Raffaella Marisa Loredana Adriana Rosaria Lidia Nadia Gabriella | Rossi Russo Ferrari
Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano
Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone
Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa
Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini
Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino
Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore
De_Rosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini Milani
Pagano Ruggiero Sorrentino D'Amico Orlando Negri Bassi Marras Pace Ferrero Cirillo Guidi Porcu
Fumagalli Morini Carboni Tedesco Zanetti Rota Pozzi Orsini Mele Romeo Puglisi Fadda Giorgi D'Andrea
Colonna Brambilla Melis Bonetti Pastore
tr: Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil
Süleyman Abdullah Mahmut Salih Recep Fatih Kemal Emre Burak Serkan Hakan Mehmet_Ali Kadir Orhan Cem
Can Yasin Emir Eren Yunus Enes Furkan Berk Kerem Onur Tolga Volkan Erkan Selim Metin Cengiz Erdem
Gökhan Levent Bülent Uğur Sinan Tuncay Mert Barış Deniz | Fatma Ayşe Emine Hatice Zeynep Elif Meryem
Şerife Zehra Sultan Hanife Merve Havva Zeliha Esra Özlem Hülya Yasemin Leyla Songül Gül Derya Büşra
Kübra Tuğba Ebru Sevgi Gamze Hacer Dilek Nur Aysel Melek Filiz Canan Sibel Gülsüm Gülay Aylin Eda
Selin Defne Ecrin Azra Nurcan Sevim Rabia Cansu Pınar Nazlı Seda Tuba Özge Nilüfer Gülşen | Yılmaz
Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç
Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş
Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy
Karataş Özgür Altun Ekinci Durmaz Akın Uçar Tunç Kahraman Demirci Karakaya Sönmez Bayram Uysal
Çiftçi Coşkun Özkaya Tuncer Akbulut Kocabaş Başaran Güven Bilgin Erdem Kurtoğlu Toprak Akgül
Çalışkan Duman Savaş Akkaya Karaca Aydoğan Oral Akyüz Ergün Yazıcı Gündüz Özbek Ayhan Alkan Temiz
Çınar Aksu Altıntaş Aydemir Bal Bayrak Bektaş Bozdağ Cihan Çoban Dağ Demirel Dinç Dönmez Eren Ertürk
Genç Gök Gökçe Günay İnce Kalkan Karaaslan Karabulut Kırmızı Kocaman Mutlu Oğuz Okur Önal Örnek
Özden Özyurt
ar-Latn: Mohammed Ahmed Ali Mahmoud Mustafa Hassan Hussein Omar Ibrahim Abdullah Khaled Youssef
Mohamed Said Abdel_Rahman Karim Tarek Samir Walid Hamza Ayman Amr Sami Nabil Adel Rami Fadi Bilal
Jamal Salem Saleh Nasser Faisal Majid Sultan Hamad Rashid Ziad Yasser Osama Hisham Anas Tamer Sherif
Wael Emad Ashraf Muhammad Abdelaziz Ismail Khalil Mahmud Abdelkader Abdelkarim Younes | Fatima Aisha
Maryam Zainab Nour Amina Khadija Sara Layla Hana Rania Huda Samira Salma Yasmin Mona Dina Nadia Reem
Lina Noura Heba Asmaa Amal Iman Rana Ghada Soha Hala Mariam Eman Aya Jana Rahma Nada Lamia Basma
Malak Rawan Sawsan Hanan Shaima Wafaa Abeer Asma Noor Farah Jamila Latifa Souad Fatiha Naima Karima
Malika Samia | Al-Sayed Haddad Nasser Khalil Mansour Hussein Abdullah Ibrahim Hassan Mahmoud Ahmed
Saleh Salem Youssef Al-Masri Al-Khatib Al-Amin Al-Hashimi Al-Najjar Al-Shami Al-Hassan Al-Qahtani
Al-Otaibi Al-Ghamdi Al-Zahrani Al-Dosari Al-Harbi Al-Shehri Al-Mutairi Al-Anazi Al-Rashid
Al-Mansoori Al-Nuaimi Al-Dhaheri Al-Kaabi Al-Suwaidi Al-Farsi Al-Balushi Darwish Hamdan Hamdi Othman
Suleiman Farouk Aziz Karim Issa Mousa Yassin Taha Shaker Abbas Jaber Qasim Rahman Nassar Awad
Barakat Khoury Saad Sabbagh Fakhoury Haidar Hijazi Kanaan Zaki Fahmy Ismail Abdel-Rahman Abdel-Aziz
Abu_Ali El-Sayed El-Masry Mostafa Gaber Ashour Soliman Ragab Hegazy Shalaby Hamed Bakr Kamal Fawzi
Tawfik Sharif Benali Bensaid Bouzid Amrani Alaoui Tazi Idrissi Cherkaoui Belkacem Haddadi Saidi
Mansouri Khalifa Zayani Jaziri Trabelsi Gharbi Ben_Salah Ben_Ahmed Meziane Boudiaf Chaoui Bakri
Ayoub Hassoun Halabi Kassem Tamimi Jaradat Odeh Saleem Rashed Obeid Hamada Al-Sharif Al-Tamimi
Al-Jaber Al-Baghdadi Al-Obaidi
ru-Latn: Aleksandr Sergey Dmitry Andrey Aleksey Maksim Ivan Vladimir Mikhail Nikolay Yevgeny Artyom
Pavel Denis Roman Igor Oleg Viktor Yury Anton Konstantin Ilya Kirill Nikita Vadim Anatoly Valery
Boris Vyacheslav Gennady Stanislav Leonid Grigory Timur Ruslan Yegor Daniil Matvey Fyodor Vasily
Pyotr Semyon Arseny Georgy Vitaly Yaroslav Valentin Timofey Gleb Lev Arkady Eduard Rostislav Filipp
Mark | Yelena Olga Natalya Tatyana Irina Svetlana Anna Mariya Yekaterina Anastasia Yulia Lyudmila
Galina Marina Nadezhda Valentina Oksana Larisa Darya Viktoria Alina Kseniya Polina Sofia Yelizaveta
Vera Lyubov Nina Zoya Raisa Alla Inna Zhanna Lidiya Kristina Veronika Alyona Valeriya Yana Margarita
Diana Ulyana Varvara Arina Taisiya Vasilisa Yevgenia Aleksandra Liliya Elvira Anzhela Tamara
Antonina Klavdiya Evelina | Ivanov Smirnov Kuznetsov Popov Vasilyev Petrov Sokolov Mikhaylov Novikov
Fyodorov Morozov Volkov Alekseyev Lebedev Semyonov Yegorov Pavlov Kozlov Stepanov Nikolayev Orlov
Andreyev Makarov Nikitin Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoryev Romanov Vorobyov
Sergeyev Kuzmin Frolov Aleksandrov Dmitriyev Korolyov Gusev Kiselyov Ilyin Maksimov Polyakov Sorokin
Vinogradov Kovalyov Belov Medvedev Antonov Tarasov Zhukov Baranov Filippov Komarov Davydov Belyayev
Gerasimov Bogdanov Osipov Sidorov Matveyev Titov Markov Mironov Krylov Kulikov Karpov Vlasov
Melnikov Denisov Gavrilov Tikhonov Kazakov Afanasyev Danilov Savelyev Timofeyev Fomin Chernov
Abramov Martynov Yefimov Fedotov Shcherbakov Nazarov Kalinin Isayev Chernyshev Bykov Maslov Rodionov
Konovalov Lazarev Voronin Klimov Filatov Golubev Kudryavtsev Prokhorov Naumov Potapov Kovalevsky
Sadovsky Golovin Zhuravlyov Ovchinnikov Trofimov Leonov Sobolev Yermakov Kolesnikov Goncharov
Yemelyanov Nikiforov Kotov Grishin Yefremov Arkhipov Gromov Kirillov Malyshev Panov Moiseyev
Rumyantsev Akimov
vi: Minh Hung Tuan Dung Huy Hoang Nam Long Thanh Duc Hai Quang Son Phong Khanh Tung Vinh Cuong Hieu
Trung Thang Binh Hoa Phuc Tam Toan Tai Loc Nhan Khoa Dat Quan Vu Bao Kien Linh Tri Thinh Hau Luan An
Duy Hiep Hao Kiet Lam Nghia Phat Sang Tan Thuan Dai Dong Hoan Khai | Lan Huong Hoa Mai Linh Trang
Thao Ha Hanh Ngoc Anh Nhung Phuong Thu Yen Hang Hien Dung Loan Nga Trinh Tuyet Van Xuan Vy Uyen Chi
Nhi Quynh Giang Hong Diep Hue Khanh Ly My Ngan Nhu Oanh Tam Tien Tram Thuy Thanh Dao Cuc Hai Huyen
Binh Chau Dieu Kim Nguyet Tho Tuyen | Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo
Duong Ly Dinh Truong Lam Mai Trinh Dao Cao Luong Ta Ha Quach Luu Chau Tang Kieu Ton Thai Lai Doan
Phung Vuong Van Hua Trieu Lu Tong Thach Lieu Diep Quan Khuc Giang Khong Mac Tieu Au Ong Bach La
Nghiem Kim Chu Tiet Ung Ninh Dam
zh-Latn: Wei Jun Qiang Lei Yong Jie Tao Ming Chao Gang Jian Hao Bin Hui Peng Hua Long Feng Bo Yu Kai
Xin Yi Hai Cheng Liang Dong Zhi Guo Wen Jing Lin Hong Ping Rui Hang Yang Fei Zhen Kang Yuan Xiang
Zhong Jia Sheng Chen Song Bao Tian Xuan Rong Da Zhe Yan Wu | Fang Na Min Jing Li Yan Juan Xia Ying
Hua Mei Lan Hong Ping Yun Xiu Qing Ting Dan Ling Jia Xue Yu Qian Shu Yue Hui Lei Jie Rong Chun Zhen
Lu Xin Yi Wen Ya Ru Shan Fen Lian Qin Cui Zhi Man Xi Jiao Yao Meng Ning Fei Qiong Qiu Rou Wan | Wang
Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song
Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lu Ding Ren
Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan
Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian Dai Mo Kong Xiang Chang Wen Kang Niu Ouyang Zhan Qi
Ling Bao Lai Gan Ke Kuang Mei Lou Chai Geng Yue Qu Rao Shang Tong Ji Ruan Zhuang Bi Lian Ge Guan Ai
Nie Miao An Chu Pu Bian Zhai Zuo Tu Yun
in: Rajesh Ramesh Suresh Kumar Mahesh Amit Sunil Anil Vijay Sanjay Rahul Ravi Ajay Manoj Ashok
Deepak Rakesh Sandeep Vinod Arun Mohammed Abdul Krishna Ganesh Prakash Dinesh Santosh Mukesh Pradeep
Rajendra Raju Srinivas Venkatesh Naveen Kiran Arjun Aditya Rohit Vikas Anand Gopal Harish Nitin
Pankaj Sachin Vivek Manish Alok Gaurav Rajkumar Aarav Vihaan Shankar Mohan Lokesh | Sunita Anita
Devi Priya Pooja Lakshmi Rekha Kavita Geeta Neha Meena Asha Usha Savita Suman Shanti Kiran Anjali
Deepa Radha Nisha Sarita Manju Sangeeta Renu Seema Shobha Jyoti Lata Poonam Archana Divya Swati
Shalini Aarti Preeti Rani Sushila Kamala Parvati Saraswati Bhavna Shweta Sneha Ananya Aditi Kavya
Kumari Ritu Vandana Padma Nirmala Sarla Kamla Pushpa | Kumar Singh Sharma Patel Yadav Gupta Das
Reddy Shah Verma Khan Rao Jain Mishra Pandey Mehta Iyer Nair Menon Pillai Joshi Chauhan Thakur
Agarwal Bansal Chopra Kapoor Malhotra Bhatia Saxena Tiwari Dubey Shukla Srivastava Chaudhary Naidu
Rajput Banerjee Chatterjee Mukherjee Bose Ghosh Sen Dutta Roy Mondal Sahu Mahato Patil Kulkarni
Deshpande Jadhav Pawar Shinde More Desai Bhatt Trivedi Parikh Naik Shetty Hegde Gowda Murthy
Krishnan Subramanian Venkataraman Raman Ramachandran Natarajan Rajan Varghese Thomas Gill Sandhu
Grewal Dhillon Sidhu Ahmed Ansari Qureshi Siddiqui Hussain Sheikh Mirza Kohli Arora Sethi Khanna
Mathur Bhardwaj Tripathi Upadhyay Chaturvedi Goel Mittal Iyengar Kamath Pai Prabhu Shenoy Bhat
Acharya Nayak Mohanty Panda Behera Sahoo Barua Bora Gogoi Saikia Kalita Hazarika Chakraborty
Bhattacharya Ganguly Sarkar Biswas Majumdar Paul Pal Saha Haldar Kaushik
ng: Ibrahim Musa Emmanuel Chukwuemeka Oluwaseun Abubakar Samuel Daniel David John Joseph Michael
Peter Chinedu Obinna Ikechukwu Emeka Uchenna Olumide Babatunde Adebayo Oluwafemi Tunde Segun Kunle
Ayodele Olusegun Adewale Kehinde Taiwo Yusuf Aliyu Usman Abdullahi Sani Bello Suleiman Umar Godwin
Sunday Victor Chidi Nnamdi Kelechi Ifeanyi Chibuike Femi Kayode Gbenga Friday Chukwudi Ebuka Tobi
Ayo Dayo | Blessing Chioma Ngozi Funmilayo Folake Adaeze Amaka Nkechi Chiamaka Ifeoma Uchechi
Oluwakemi Temitope Yetunde Bukola Aisha Fatima Hauwa Zainab Amina Halima Grace Mercy Joy Esther Mary
Elizabeth Patience Comfort Precious Favour Gift Faith Peace Abimbola Adebisi Omolara Titilayo
Folasade Ronke Busola Damilola Ebere Nneka Chinyere Obiageli Adaobi Rukayat Kemi Titi Bisi Funke
Sade Uju Chinwe | Okafor Adeyemi Ibrahim Mohammed Okonkwo Eze Abubakar Bello Musa Olawale Adebayo
Ogunleye Nwosu Okeke Onyeka Obi Nwachukwu Chukwu Uche Okoro Ogbu Udeh Aliyu Usman Yusuf Sani
Abdullahi Ogunbiyi Adeleke Ajayi Akinola Babatunde Oladipo Olaniyan Adeniyi Afolabi Akinyemi Balogun
Ojo Oke Olatunji Oyewole Salami Adewale Ilori Alabi Okoye Nwankwo Anyanwu Ezeh Igwe Nnadi Ugwu
Chukwuma Nwafor Emenike Oyebanji Odukoya Oni Lawal Suleiman Danjuma Garba Haruna Idris Jibril
Mustapha Sule Tijani Yakubu Umar Etim Bassey Effiong Okon Udo Akpan Essien Ekpo Edet Adeyemo
Ogundipe Olanrewaju Adekunle Bakare Ogunsanya Akande Olayinka Adegoke Ogunlade Ibe Agu Eke Ani Orji
Nwoye Onu Ike Obiora Obasi Okpara Mbah Ezenwa Nwaogu Iwu Kalu Nwoke Ibekwe Okorie Opara Ogbonna
Nwogu Abdulkadir Dauda Lawan Kabiru Shehu Adamu Ahmadu Bako Tanko Bala Audu Ayuba Ekanem
ph: Jose Juan Antonio John_Mark Michael Christian Angelo Carlo Jerome Joseph Ramon Roberto Eduardo
Fernando Manuel Ricardo Danilo Rolando Romeo Ernesto Reynaldo Arnel Jayson Rommel Marlon Noel Jessie
Renato Alfredo Rogelio Edwin Dennis Francis Paolo Miguel Gabriel Joshua Kenneth Kevin Bryan Jericho
John_Paul Mark_Anthony John_Michael Jan_Carlo Juan_Miguel Rodel Ariel Jonathan Rey Alvin Nestor
Efren Rodolfo Virgilio | Maria Mary_Grace Rosario Teresita Luzviminda Erlinda Maricel Marites Gemma
Jocelyn Cristina Ana Angelica Jennifer Michelle Rowena Lorna Evelyn Elizabeth Nenita Leonora Marilou
Josephine Divina Rosalie Princess Kimberly Nicole Andrea Jasmine Kristine Camille Angela Mary_Jane
Aileen Rhea Jovelyn Arlene Analyn Mylene Joy Grace Liza Rachelle Charmaine Janine Ma._Theresa
Ma._Cristina Marivic Teresa Rosemarie Lovely Cherry Sheryl Mae | Dela_Cruz Garcia Reyes Ramos
Mendoza Santos Flores Gonzales Bautista Villanueva Fernandez Cruz De_Guzman Lopez Perez Castillo
Francisco Rivera Aquino Castro Sanchez Torres De_Leon Domingo Martinez Rodriguez Santiago Soriano
Delos_Santos Diaz Hernandez Tolentino Valdez Ramirez Morales Mercado Tan Aguilar Navarro Manalo
Gomez Dizon Del_Rosario Javier Corpuz Gutierrez Salvador Velasco Miranda David Pascual Fernando Lim
Marquez Sarmiento Padilla Pineda Agustin Romero Ocampo Alvarez Robles Cabrera Magno Mallari
Manalastas Pangilinan Macaraeg Dimaculangan Bernardo Samson Panganiban Mangubat Evangelista Vergara
Enriquez Concepcion Tiongson Ong Sy Yap Rosales Sison Jimenez Medina Salazar Abad Antonio Manalang
Lacson Legaspi Sevilla Gonzaga Ilagan Baluyot Tuazon Dimagiba Sumulong Catapang Esguerra Almario
Abella Andrada Arellano Avila Baltazar Belmonte Bonifacio Buenaventura Cabral Calderon Cortez
De_Vera Espiritu Fajardo Galang Ignacio Lagman Laurel Lazaro Macaspac Mangahas Manuel Natividad
Nepomuceno
"""
#: Names written in their own script, whole (given + family).
_SCRIPTS = """
ar: محمد أحمد علي محمود مصطفى حسن حسين عمر إبراهيم عبدالله خالد يوسف سعيد كريم طارق سامي عادل وليد
ماجد فيصل | فاطمة عائشة مريم زينب نور أمينة خديجة سارة ليلى هدى سلمى ياسمين منى رانيا هالة ريم سعاد
نادية | العلي حسن الخطيب منصور السيد حداد الأحمد المصري الشامي النجار القحطاني العتيبي الحربي
الزهراني خليل ناصر إبراهيم الحسيني الهاشمي درويش عثمان
ru: Александр Сергей Дмитрий Андрей Алексей Максим Иван Владимир Михаил Николай Евгений Артём Павел
Игорь Олег Виктор Юрий Роман | Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина
Анастасия Юлия Людмила Галина Марина Надежда Оксана | Иванов Смирнов Кузнецов Попов Васильев Петров
Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов
Степанов Николаев Орлов Андреев Макаров Никитин Захаров
zh: 伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 | 芳 娜 敏 静 丽 艳 娟 霞
秀 英 玲 桂 兰 燕 萍 红 梅 琳 婷 雪 晶 倩 | 王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林
罗 郑 梁
ko: 민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 현우 준서 도현 건우 우진 성민 동현 지훈 영수
영호 정훈 상철 | 서연 서윤 지우 서현 민서 하은 하윤 윤서 지유 지민 수빈 지아 예은 수아 영희 미영
은정 지영 현주 수진 미경 정희 | 김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문
양
hi: राहुल अमित विजय राजेश सुरेश रमेश संजय अनिल सुनील मनोज अजय दीपक राकेश अशोक प्रकाश कुमार | प्रिया
सुनीता अनीता पूजा लक्ष्मी रेखा कविता गीता नेहा मीना आशा उषा सीमा ज्योति देवी | शर्मा वर्मा गुप्ता
सिंह पटेल कुमार यादव मिश्रा पांडे जोशी तिवारी श्रीवास्तव अग्रवाल चौहान ठाकुर शुक्ला दुबे त्रिपाठी
जैन मेहता
ja: 翔太 大輔 健 拓也 直樹 翔 大翔 蓮 悠真 湊 誠 浩 隆 和也 達也 健太 亮 陽翔 樹 修 | さくら 陽子
美咲 結衣 陽菜 葵 凛 花子 恵子 裕子 直美 真由美 由美子 愛 彩 明美 智子 久美子 | 佐藤 鈴木 高橋 田中
伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水
"""
#: Vietnamese middle names (male | female), Russian patronymics (male form), company words.
_OTHER = """
vi-middle: Van Duc Huu Minh Quang Thanh Cong Dinh Xuan Ngoc Hoang Anh Tuan Trung Quoc Manh Tien Hai
Gia Bao | Thi Ngoc Thu Thanh Kim Hong My Bich Phuong Thuy Minh Hoai Thao Lan Mai Diem Kieu Tuyet Bao
Khanh
ru-Latn: Aleksandrovich Sergeyevich Vladimirovich Andreyevich Alekseyevich Nikolayevich Ivanovich
Dmitriyevich Mikhaylovich Viktorovich Yuryevich Anatolyevich Yevgenyevich Igorevich Olegovich
Valeryevich Pavlovich Vasilyevich Petrovich Borisovich Gennadyevich Maksimovich Romanovich
Konstantinovich Vyacheslavovich Leonidovich Grigoryevich Stanislavovich
ru: Александрович Сергеевич Владимирович Андреевич Алексеевич Николаевич Иванович Дмитриевич
Михайлович Викторович Юрьевич Евгеньевич Игоревич Олегович Петрович Павлович
words: Global United International National General First Golden Pacific Atlantic Northern Eastern
Western Southern Central Royal Premier Prime Union Atlas Summit Horizon Evergreen Delta Apex
Crescent Silverline Blue_River Alpha Omega Orion Phoenix Falcon Eagle Lion Oak Cedar Maple Granite
Harbour Bridge Crown Star Sunrise Polar Coastal Continental Meridian Vertex Nova Vista Liberty
Heritage Pioneer Sterling Emerald Sapphire Diamond Red_Sea Silk_Road Greenfield Riverside Highland
Trident Zenith Unity Keystone
trades: Trading Holdings Group Services Industries Investments Construction Logistics Technologies
Consulting Shipping Energy Foods Engineering Imports Exports Textiles Pharma Software Capital
Properties Finance Agro Metals Mining Chemicals Electronics Motors Marine Healthcare Media Security
Supplies Petroleum Resources Ventures Partners
legal: Ltd LLC Inc. GmbH S.A. Co.,_Ltd. SARL PLC Corp. B.V. AG S.r.l. Ltda. OOO JSC S.A._de_C.V.
Pvt._Ltd. Pty_Ltd A.Ş. S.p.A. FZE Sdn._Bhd.
"""
PEOPLE, SCRIPTS = _blocks(_PEOPLE), _blocks(_SCRIPTS)  # key: [male, female, family]
OTHER = _blocks(_OTHER)
VI_MIDDLE, (PATRONYMIC, PATRONYMIC_RU) = OTHER["vi-middle"], OTHER["ru-Latn"] + OTHER["ru"]
COMPANY_WORDS, COMPANY_TRADES, LEGAL = OTHER["words"][0], OTHER["trades"][0], OTHER["legal"][0]
COUNTRIES = ["gb", "us", "es", "mx", "co", "ve", "br", "pt", "fr", "de", "it", "tr", "vn", "eg",
             "ae", "ru", "cn", "kr", "in", "jp", "ng", "ph", "pk", ""]  # fmt: skip

ZIPF_EXPONENT = 0.9  # weight of the name at rank r (0 = commonest): 1 / (r + 1) ** 0.9
SCRIPT_SHARE = 0.07  # people written in their own (non-Latin) script
#: Share of people with a second given name where that is the custom (~30% of all people).
MIDDLE_SHARE = {"en": 0.45, "es": 0.4, "pt": 0.5, "fr": 0.35, "de": 0.45, "it": 0.3, "tr": 0.35,
                "in": 0.45, "ng": 0.6, "ph": 0.4, "vi": 0.35, "hi": 0.3}  # fmt: skip
DOUBLE_FAMILY_SHARE = 0.6  # Spanish and Portuguese people with two family names
#: Given names of these cultures go with family names of any culture (Kevin Nguyen, Anna Okafor).
DIASPORA_SHARE = {"en": 0.4, "fr": 0.3, "de": 0.3, "es": 0.25, "pt": 0.25, "it": 0.25, "ph": 0.1}
INVENTED_GIVEN_SHARE = 0.03  # given names from the long tail (when invented_share > 0)

_SYLLABLES = ("ka", "lo", "ma", "ri", "sen", "tu", "vel", "dor", "an", "be", "chi", "na", "por",
              "ge", "lu", "mi", "ra", "so", "ter", "vi", "al", "do", "fer", "nan")  # fmt: skip
_INITIALS = "ABCDEFGHIJKLMNOPRSTUVW"
_FEMININE = (("sky", "skaya"), ("ov", "ova"), ("ev", "eva"), ("in", "ina"),
             ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"))  # fmt: skip


class _Pool:
    """Names drawn with Zipf-like weights 1 / (rank + 1) ** 0.9: the first listed are commonest."""

    __slots__ = ("cum_weights", "names")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.cum_weights = list(accumulate((r + 1) ** -ZIPF_EXPONENT for r in range(len(names))))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.names, cum_weights=self.cum_weights)[0]


_LATIN, _SCRIPT_KEYS = tuple(sorted(PEOPLE)), tuple(sorted(SCRIPTS))
_PEOPLE_POOLS = {key: tuple(map(_Pool, pools)) for key, pools in PEOPLE.items()}
_SCRIPT_POOLS = {key: tuple(map(_Pool, pools)) for key, pools in SCRIPTS.items()}
_VI_MIDDLE = (_Pool(VI_MIDDLE[0]), _Pool(VI_MIDDLE[1]))
_PATRONYMICS = {"ru-Latn": _Pool(PATRONYMIC), "ru": _Pool(PATRONYMIC_RU)}
_WORDS, _TRADES = _Pool(COMPANY_WORDS), _Pool(COMPANY_TRADES)


def _invented(rng: random.Random) -> str:
    """A made-up family or company word (the long tail of rare real names)."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _tail(rng: random.Random, pool: _Pool, share: float) -> str:
    """A name from ``pool``, or with probability ``share`` a made-up one."""
    return _invented(rng) if share and rng.random() < share else pool.draw(rng)


def _feminine(family: str) -> str:
    """Russian family names agree with the bearer: Ivanov -> Ivanova, Kovalevsky -> Kovalevskaya."""
    for male, female in _FEMININE:
        if family.endswith(male):
            return family[: -len(male)] + female
    return family


def _patronymic(rng: random.Random, script: str, female: bool) -> str:
    """Aleksandrovich -> Aleksandrovna, Сергеевич -> Сергеевна."""
    name = _PATRONYMICS[script].draw(rng)
    if not female:
        return name
    return name[:-2] + "на" if script == "ru" else name[:-3] + "na"


def _script_person(rng: random.Random) -> str:
    script = rng.choice(_SCRIPT_KEYS)
    male, female_pool, family_pool = _SCRIPT_POOLS[script]
    female = rng.random() < 0.5
    given_pool = female_pool if female else male
    given, family = given_pool.draw(rng), family_pool.draw(rng)
    if script == "zh" and rng.random() < 0.6:
        given += given_pool.draw(rng)  # two-character given name: 秀英, 建国
    if script in ("zh", "ja", "ko") and rng.random() < 0.5:
        return f"{family}{given}"  # family first, no space
    middle = ""
    if script == "ru":
        family = _feminine(family) if female else family
        middle = _patronymic(rng, script, female) if rng.random() < 0.6 else ""
    elif script == "ar" and rng.random() < 0.5:
        middle = male.draw(rng)  # father's name
    elif rng.random() < MIDDLE_SHARE.get(script, 0.0):
        middle = given_pool.draw(rng)
    return f"{given} {middle} {family}" if middle and middle != given else f"{given} {family}"


def _person(rng: random.Random, invented_share: float = 0.25) -> str:
    """One culture's given name(s) and family name(s) in that culture's order."""
    if rng.random() < SCRIPT_SHARE:
        return _script_person(rng)
    culture = rng.choice(_LATIN)
    male, female_pool, family_pool = _PEOPLE_POOLS[culture]
    female = rng.random() < 0.5
    given_pool = female_pool if female else male
    given = _tail(rng, given_pool, INVENTED_GIVEN_SHARE if invented_share else 0.0)
    if culture == "zh-Latn" and rng.random() < 0.6:
        given += given_pool.draw(rng).lower()  # two-syllable given name: Xiuying, Jianguo
    middle: list[str] = []
    if culture == "vi":
        middle.append(_VI_MIDDLE[female].draw(rng))  # Van, Thi
    elif culture == "ru-Latn" and rng.random() < 0.7:
        middle.append(_patronymic(rng, culture, female))
    elif culture == "ar-Latn" and rng.random() < 0.6:
        middle.append(male.draw(rng))  # father's name, sometimes grandfather's too
        if rng.random() < 0.3:
            middle.append(male.draw(rng))
    if rng.random() < MIDDLE_SHARE.get(culture, 0.0):
        second = given_pool.draw(rng)
        if second != given:
            middle.append(second)
    if culture == "ph" and rng.random() < 0.7:
        middle.append(_tail(rng, family_pool, invented_share))  # mother's maiden name
    origin = culture
    if rng.random() < DIASPORA_SHARE.get(culture, 0.0):
        origin = rng.choice(_LATIN)
    family = _tail(rng, _PEOPLE_POOLS[origin][2], invented_share)
    families = [_feminine(family) if female and origin == "ru-Latn" else family]
    if culture in ("es", "pt") and rng.random() < DOUBLE_FAMILY_SHARE:
        families.append(_tail(rng, family_pool, invented_share))
    if culture == "vi" or (culture == "zh-Latn" and rng.random() < 0.5):
        return " ".join([*families, *middle, given])  # family first: Nguyen Van Minh, Wang Wei
    return " ".join([given, *middle, *families])


def _company(rng: random.Random, invented_share: float = 0.25) -> str:
    """Brand words, founders' family names or initials, trades and legal forms."""
    roll = rng.random()
    if invented_share and rng.random() < invented_share:
        lead = _invented(rng)
    elif roll < 0.3:
        lead = _WORDS.draw(rng)
    elif roll < 0.8:
        lead = _PEOPLE_POOLS[rng.choice(_LATIN)][2].draw(rng)
    else:
        lead = "".join(rng.choice(_INITIALS) for _ in range(rng.randint(2, 4)))
    if 0.1 <= roll < 0.3:
        lead = f"{lead} {_WORDS.draw(rng)}"
    elif 0.65 <= roll < 0.8:
        return f"{lead} & {_PEOPLE_POOLS[rng.choice(_LATIN)][2].draw(rng)} {rng.choice(LEGAL)}"
    return f"{lead} {_TRADES.draw(rng)} {rng.choice(LEGAL)}"


def _perturb(rng: random.Random, name: str) -> str:
    tokens = name.replace(",", " ").split()
    how = rng.randrange(4)
    if how == 0 and len(tokens) > 1:
        tokens.reverse()
    elif how == 1 and len(tokens) > 2:
        tokens.pop(rng.randrange(len(tokens)))
    elif how == 2:
        i = rng.randrange(len(tokens))
        word = tokens[i]
        if len(word) > 3:
            j = rng.randrange(1, len(word) - 1)
            tokens[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    out = " ".join(tokens)
    return out.title() if rng.random() < 0.5 else out


def listed_names(home: str | None) -> list[tuple[str, str]]:
    """(name, schema) of every primary name in the default index (all bundled lists)."""
    from listwatch.api_facade import get_screener
    from listwatch.config import load_settings

    index = get_screener(load_settings(home=home)).index
    names = [
        (n.form.original, index.entries[n.entry_no].schema) for n in index.names if n.kind == "name"
    ]
    return sorted(set(names))


class Summary(NamedTuple):
    """How repetitive the written names are."""

    rows: int
    names: int  # distinct names
    tokens: int  # distinct lowercase whitespace-separated tokens


def generate(
    count: int,
    path: Path,
    *,
    seed: int = 42,
    listed_share: float = 0.01,
    invented_share: float = 0.25,
    home: str | None = None,
) -> Summary:
    """Write ``count`` customers; ``invented_share`` of the family names and company words (and a
    few given names) are made up, the long tail of names that occur once or a few times."""
    rng = random.Random(seed)
    listed = listed_names(home) if listed_share > 0 else []
    names: set[str] = set()
    tokens: set[str] = set()
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "name", "schema", "birth_date", "country", "expected"])
        for no in range(count):
            roll = rng.random()
            country = rng.choice(COUNTRIES)
            if roll < listed_share and listed:
                name, schema = rng.choice(listed)
                name = _perturb(rng, name)
                writer.writerow([f"C{no:08d}", name, schema, "", "", "listed"])
            elif roll < 0.8:
                dob = (
                    (
                        f"{rng.randrange(1930, 2006)}-{rng.randrange(1, 13):02d}-"
                        f"{rng.randrange(1, 29):02d}"
                    )
                    if rng.random() < 0.7
                    else ""
                )
                name = _person(rng, invented_share)
                writer.writerow([f"C{no:08d}", name, "Person", dob, country, ""])
            else:
                name = _company(rng, invented_share)
                writer.writerow([f"C{no:08d}", name, "Company", "", country, ""])
            if name not in names:
                names.add(name)
                tokens.update(name.lower().split())
    return Summary(count, len(names), len(tokens))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--listed-share", type=float, default=0.01)
    parser.add_argument("--invented-share", type=float, default=0.25, help="made-up name share")
    parser.add_argument("--home", help="listwatch home (default: $LISTWATCH_HOME)")
    args = parser.parse_args()
    start = time.perf_counter()
    summary = generate(
        args.count,
        args.output,
        seed=args.seed,
        listed_share=args.listed_share,
        invented_share=args.invented_share,
        home=args.home,
    )
    rows, names, tokens = summary
    took, per = time.perf_counter() - start, max(rows, 1)
    print(
        f"{rows} rows, {names} distinct names ({names / per:.1%} of rows), {tokens} distinct "
        f"tokens ({tokens / per:.1%} of rows) -> {args.output} in {took:.1f} s"
    )


if __name__ == "__main__":
    main()
