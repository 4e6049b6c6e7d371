@extends('layouts.white')
@section('content')
	<div class="col-md-10">		  	
		  	<div class="row">
  			<div class="col-md-12 panel-warning">
  				<div class="content-box-header">
					<div class="panel-title"><h2>學雜費調整校內審議程序說明</h2></div>
				</div>
  				<div class="panel-body">
  					<h4><a href="{{ url('/info_public/fee/3-2-1.pdf') }}"><i class="glyphicon glyphicon-download-alt"></i>學雜費調整校內審議程序說明</a></h4>
					<table width="60%">
					
						<tr>
					　　	<th colspan=3><font face="DFKai-sb" color="black" size="4">一、研議調整學雜費收費基準之校內決策方式、組成成員及研議程序</font></th>							
						</tr>
						<tr><td><br></td></tr>
						<tr>
							<td width="2%"></td>
							<td colspan=2><font face="DFKai-sb" color="#000080" size="4"><b>
							一、校內決策方式：
							</b></font></td>
						</tr>
						<tr><td></td></tr>
						<tr>
							<td width="2%"></td>
							<td width="2%"></td>
					　　	<td><font face="DFKai-sb" color="black" size="4">
								1.成立學雜費研議小組，先行規劃及研議。<br>
								2.設置學生意見陳訴管道並舉辦公開說明會。<br>
								3.學雜費研議小組就研議結果提校務會議討論。<br>
							</font></td>
						</tr>
						<tr><td><br></td></tr>
						<tr>
							<td width="2%"></td>
							<td colspan=2><font face="DFKai-sb" color="#000080" size="4"><b>
							二、學雜費調整研議小組之組成成員：
							</b></font></td>
						</tr>
						<tr>
							<td width="2%"></td>
							<td width="2%"></td>
					　　	<td><font face="DFKai-sb" color="black" size="4">
								由副校長擔任召集人，主任秘書、教務長、研發長、學務長、國際長、總務長、主計室主任、各學院院長及學生會推派之大學部及研究生代表各一名組成。
							</font></td>
						</tr>
						<tr><td><br></td></tr>
						<tr>
							<td width="2%"></td>
							<td colspan=2><font face="DFKai-sb" color="#008080" size="4"><b>
								※專班、非全校性學分費調整，由專班或業務相關單位依專科以上學校學雜費收取辦法規定之程序辦理，並提行政會議決議。
							</b></font></td>
						</tr>
						<tr><td><br></td></tr>
						<tr><td><br></td></tr>
						<tr>
					　　	<th colspan=3><font face="DFKai-sb" color="black" size="4">二、學雜費調整研議程序之各項會議紀錄、學生意見與學校回應說明</font></th>							
						</tr>
					</table> 				
				</div>
  			</div>
  			</div>
  	</div>
@endsection